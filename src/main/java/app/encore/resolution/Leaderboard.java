package app.encore.resolution;

import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.show.OfficialStatusCommitted;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fans ranked by how much better than the crowd they forecast.
 * <p>
 * A fan's score is the sum, over the resolved questions they forecast, of their relative score
 * (coverage × (their Brier − the crowd's), see {@link app.encore.scoring.QuestionScore}): lower is
 * better, and a question they did not forecast adds 0, as if they had agreed with the crowd. Only
 * fans with a display name are listed, and only those with at least {@code minimumQuestions} resolved
 * questions are ranked, so nobody tops the board on one lucky call. Scores are compared as shown, to
 * three decimals: fans whose shown scores are equal share a rank (1, 2, 2, 4).
 */
@Service
public class Leaderboard {

    /** One fan's line. {@code tied} when another fan shares the rank. */
    public record Standing(int rank, boolean tied, FanId fan, String displayName, int questions, double relative,
            double brier) {
    }

    /**
     * @param ranked the ranked fans, best first
     * @param unranked named fans with scores on fewer than {@code minimumQuestions} questions
     */
    public record Standings(List<Standing> ranked, int unranked, int minimumQuestions) {
    }

    private record Total(FanId fan, int questions, double relative, double brier) {
    }

    private final JdbcClient jdbc;
    private final Fans fans;
    private final int minimumQuestions;
    private final Cache<Boolean, Standings> cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build();

    Leaderboard(JdbcClient jdbc, Fans fans, @Value("${encore.leaderboard.minimum-questions:3}") int minimumQuestions) {
        this.jdbc = jdbc;
        this.fans = fans;
        this.minimumQuestions = minimumQuestions;
    }

    public int minimumQuestions() {
        return minimumQuestions;
    }

    /**
     * The standings, kept for a minute (a public page that may be read often), and recomputed after a
     * status change on any node.
     */
    @Transactional(readOnly = true)
    public Standings standings() {
        return cache.get(Boolean.TRUE, key -> compute());
    }

    /** A status changed (here or on another node): read again. Runs before the open screens hear of it. */
    @EventListener
    void on(OfficialStatusCommitted committed) {
        cache.invalidateAll();
    }

    private Standings compute() {
        List<Total> totals = jdbc.sql("SELECT s.fan_id, COUNT(*) AS questions, SUM(s.relative_brier) AS relative,"
                        + " AVG(s.fan_brier) AS brier FROM question_score s JOIN resolution r ON r.id = s.resolution_id"
                        + " WHERE " + Resolutions.IN_FORCE + " GROUP BY s.fan_id")
                .query((rs, n) -> new Total(new FanId(rs.getObject("fan_id", UUID.class)), rs.getInt("questions"),
                        rs.getDouble("relative"), rs.getDouble("brier")))
                .list();
        Map<FanId, String> names = fans.displayNames(totals.stream().map(Total::fan).toList());
        List<Total> named = totals.stream().filter(total -> names.containsKey(total.fan())).toList();
        List<Total> eligible = named.stream().filter(total -> total.questions() >= minimumQuestions)
                .sorted(Comparator.comparingLong((Total total) -> shown(total.relative()))
                        .thenComparing(Comparator.comparingInt(Total::questions).reversed())
                        .thenComparing(total -> names.get(total.fan()), String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            Total total = eligible.get(i);
            int rank = i + 1;
            if (i > 0 && shown(eligible.get(i - 1).relative()) == shown(total.relative())) {
                rank = ranked.get(i - 1).rank();
            }
            boolean tied = (i > 0 && shown(eligible.get(i - 1).relative()) == shown(total.relative()))
                    || (i + 1 < eligible.size() && shown(eligible.get(i + 1).relative()) == shown(total.relative()));
            ranked.add(new Standing(rank, tied, total.fan(), names.get(total.fan()), total.questions(),
                    total.relative(), total.brier()));
        }
        return new Standings(ranked, named.size() - eligible.size(), minimumQuestions);
    }

    /** A score as the pages show it, in thousandths (three decimals, halves away from zero), for telling ties. */
    public static long shown(double score) {
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
