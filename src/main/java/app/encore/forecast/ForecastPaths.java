package app.encore.forecast;

import app.encore.fan.FanId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts as they were made, read back from the append-only history for scoring: every fan's path
 * on a question, and the crowd's odds as they stood over time.
 */
@Service
public class ForecastPaths {

    private static final RowMapper<ForecastChange> CHANGE = (rs, n) -> new ForecastChange(
            new FanId(rs.getObject("fan_id", UUID.class)), rs.getInt("probability"),
            rs.getObject("made_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;
    private final CrowdDiscounts discounts;

    ForecastPaths(JdbcClient jdbc, CrowdDiscounts discounts) {
        this.jdbc = jdbc;
        this.discounts = discounts;
    }

    /**
     * Every forecast made on the show before {@code before}, oldest first, by the fans who are still
     * fans: the anonymous remains of a fan who deleted themselves are not scored again.
     */
    @Transactional(readOnly = true)
    public List<ForecastChange> before(long showId, Instant before) {
        return jdbc.sql("SELECT fan_id, probability, made_at FROM forecast_history h"
                        + " WHERE show_id = :show AND made_at < :before AND probability IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM forecast_history w WHERE w.show_id = h.show_id"
                        + " AND w.fan_id = h.fan_id AND w.probability IS NULL)"
                        + " ORDER BY made_at, id")
                .param("show", showId).param("before", before.atOffset(ZoneOffset.UTC))
                .query(CHANGE).list();
    }

    /**
     * The crowd's odds on the show as they stood over time before {@code before}, replayed from the
     * history exactly as the live odds were computed: every forecast with its fan's cohort, every
     * fan who left, and every discount staff made or lifted, each from its moment on.
     */
    @Transactional(readOnly = true)
    public List<CrowdOddsPoint> crowdBefore(long showId, Instant before) {
        List<Step> steps = new ArrayList<>(jdbc.sql("SELECT h.fan_id, h.probability, h.made_at, o.cohort"
                        + " FROM forecast_history h LEFT JOIN fan_origin o ON o.fan_id = h.fan_id"
                        + " WHERE h.show_id = :show AND h.made_at < :before ORDER BY h.made_at, h.id")
                .param("show", showId).param("before", before.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> (Step) new Made(rs.getObject("fan_id", UUID.class),
                        (Integer) rs.getObject("probability", Integer.class), rs.getString("cohort"),
                        rs.getObject("made_at", OffsetDateTime.class).toInstant()))
                .list());
        if (steps.isEmpty()) {
            return List.of();
        }
        Instant opened = steps.getFirst().at();
        discounts.changesBefore(before).stream().filter(change -> !change.at().isBefore(opened))
                .forEach(change -> steps.add(new Discount(change.cohort(), change.discounted(), change.at())));
        // Stable: at one instant, forecasts come before the discounts made then.
        steps.sort(java.util.Comparator.comparing(Step::at));
        return crowd(steps);
    }

    /** One step of a crowd's life: a forecast made or withdrawn, or a cohort discounted or counted again. */
    sealed interface Step permits Made, Discount {
        Instant at();
    }

    /** A fan's forecast ({@code probability}), or their leaving the crowd ({@code probability} null). */
    record Made(UUID fan, @Nullable Integer probability, @Nullable String cohort, Instant at) implements Step {
    }

    record Discount(String cohort, boolean discounted, Instant at) implements Step {
    }

    /** One fan's forecasts on the show, oldest first. */
    @Transactional(readOnly = true)
    public List<ForecastChange> of(FanId fan, long showId) {
        return jdbc.sql("SELECT fan_id, probability, made_at FROM forecast_history"
                        + " WHERE show_id = :show AND fan_id = :fan ORDER BY made_at, id")
                .param("show", showId).param("fan", fan.value())
                .query(CHANGE).list();
    }

    /** A replayed crowd path has at most about this many points, however long and busy the question. */
    static final int MAX_POINTS = 2_000;

    /**
     * The crowd's odds as they stood over time, replayed from {@code changes} (oldest first) exactly
     * as the live odds are computed: one point per change while there are at most 2,000 of them, and
     * beyond that one point per stretch in which forecasts changed, stamped at the stretch's last change
     * and holding the odds after it. A stretch is a minute, or for long questions 1/2,000 of the time
     * the changes span (a 60-day question: 43 minutes), so a question with 30,000 forecasts costs 2,000
     * computations, not 30,000. Replaying the history, rather
     * than reading the recorded chart points, gives the odds when they changed, not when a point was
     * next written.
     */
    static List<CrowdOddsPoint> crowd(List<Step> changes) {
        var state = new CrowdState();
        List<CrowdOddsPoint> points = new ArrayList<>();
        if (changes.isEmpty()) {
            return points;
        }
        long first = changes.getFirst().at().toEpochMilli();
        long span = changes.getLast().at().toEpochMilli() - first;
        // Up to MAX_POINTS changes, every change is a point of its own: the crowd's path is exact, so a
        // lone forecaster's crowd is exactly them and their score against it exactly 0.
        long stretch = changes.size() <= MAX_POINTS ? 1 : Math.max(Duration.ofMinutes(1).toMillis(), span / MAX_POINTS + 1);
        for (int i = 0; i < changes.size(); i++) {
            Step change = changes.get(i);
            switch (change) {
                case Made made when made.probability() == null -> state.withdraw(made.fan());
                case Made made -> state.put(made.fan(), made.probability(), made.cohort());
                case Discount discount -> state.discount(discount.cohort(), discount.discounted());
            }
            boolean lastOfStretch = i + 1 == changes.size()
                    || (changes.get(i + 1).at().toEpochMilli() - first) / stretch != (change.at().toEpochMilli() - first) / stretch;
            if (lastOfStretch) {
                CrowdOdds odds = state.odds();
                if (!odds.hasForecasts()) {
                    continue;
                }
                points.add(new CrowdOddsPoint(change.at(), odds.median(), odds.lowerQuartile(), odds.upperQuartile(),
                        odds.forecasters()));
            }
        }
        return points;
    }

}
