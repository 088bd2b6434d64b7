package app.encore.forecast;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The crowd's odds per show, from each fan's latest forecast: kept in memory, loaded from the
 * database the first time a show is asked for, and updated by every {@link ForecastMade}. Reading
 * them costs the same for ten forecasters as for a hundred thousand.
 */
@Service
public class CrowdOddsService {

    /** Above this many points the chart gets one point per day: the last of the day. */
    static final int DAILY_ABOVE = 500;

    private static final RowMapper<CrowdOddsPoint> POINT = (rs, n) -> new CrowdOddsPoint(
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getInt("median"),
            rs.getInt("lower_quartile"), rs.getInt("upper_quartile"), rs.getInt("forecasters"));

    private final JdbcClient jdbc;
    private final CrowdDiscounts discounts;
    private final Map<Long, CrowdState> states = new ConcurrentHashMap<>();

    CrowdOddsService(JdbcClient jdbc, CrowdDiscounts discounts) {
        this.jdbc = jdbc;
        this.discounts = discounts;
    }

    public CrowdOdds odds(long showId) {
        return state(showId).odds();
    }

    public Map<Long, CrowdOdds> odds(Collection<Long> showIds) {
        Map<Long, CrowdOdds> odds = new LinkedHashMap<>();
        showIds.forEach(id -> odds.put(id, odds(id)));
        return odds;
    }

    /** How many fans give 0–9 %, 10–19 %, … 90–100 % now. */
    /**
     * Whether the crowd odds stand visibly apart (3 points or more) from the plain middle of the spread
     * a fan sees, because recent forecasts weigh more and fans who came together weigh as one.
     */
    public boolean weightedApartFromSpread(long showId) {
        CrowdState state = state(showId);
        CrowdOdds odds = state.odds();
        int plain = state.plainMedian();
        return odds.forecasters() >= 2 && plain >= 0 && Math.abs(plain - odds.median()) >= 3;
    }

    public List<Integer> histogram(long showId) {
        return state(showId).histogram();
    }

    /**
     * How the crowd's odds moved, oldest first: every recorded change, or the last point of each day
     * for long histories.
     */
    public List<CrowdOddsPoint> history(long showId) {
        int points = jdbc.sql("SELECT COUNT(*) FROM crowd_odds_point WHERE show_id = :show").param("show", showId)
                .query(Integer.class).single();
        String sql = points <= DAILY_ABOVE
                ? "SELECT recorded_at, median, lower_quartile, upper_quartile, forecasters FROM crowd_odds_point"
                        + " WHERE show_id = :show ORDER BY recorded_at"
                : "SELECT recorded_at, median, lower_quartile, upper_quartile, forecasters FROM ("
                        + " SELECT p.*, ROW_NUMBER() OVER (PARTITION BY CAST(recorded_at AS DATE)"
                        + " ORDER BY recorded_at DESC) AS newest_of_day"
                        + " FROM crowd_odds_point p WHERE show_id = :show) daily"
                        + " WHERE newest_of_day = 1 ORDER BY recorded_at";
        return jdbc.sql(sql).param("show", showId)
                .query(POINT)
                .list();
    }

    /** Every recorded point of the crowd's odds, oldest first, for open data. */
    public List<CrowdOddsPoint> fullHistory(long showId) {
        return jdbc.sql("SELECT recorded_at, median, lower_quartile, upper_quartile, forecasters FROM crowd_odds_point"
                        + " WHERE show_id = :show ORDER BY recorded_at").param("show", showId)
                .query(POINT)
                .list();
    }

    /** Runs before the live feed hears of the same forecast, so the feed reads the new odds. */
    @EventListener
    @Order(0)
    void on(ForecastMade forecast) {
        state(forecast.showId()).put(forecast.fan().value(), forecast.probability(), forecast.cohort());
    }

    /** Forgets one show's odds: the next read loads them from the database (another node changed them). */
    void forget(long showId) {
        states.remove(showId);
    }

    /** Forgets what is in memory; the next read loads from the database again. */
    void forgetAll() {
        states.clear();
    }

    private CrowdState state(long showId) {
        return states.computeIfAbsent(showId, this::load);
    }

    private CrowdState load(long showId) {
        var state = new CrowdState(discounts.current());
        jdbc.sql("SELECT fan_id, probability, cohort FROM forecast WHERE show_id = :show ORDER BY updated_at, id")
                .param("show", showId)
                .query(rs -> {
                    state.put(rs.getObject("fan_id", UUID.class), rs.getInt("probability"), rs.getString("cohort"));
                });
        return state;
    }
}
