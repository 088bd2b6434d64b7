package app.encore.scoring;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The crowd's odds over a question's life, prepared once so that its time-averaged Brier over any
 * fan's active period costs a binary search, not a walk over every point: a question with 10,000
 * fans is scored in one pass.
 * <p>
 * Holds the running integral I(t) = ∫ (p(t) − o)² dt from the first point, each point standing until
 * the next and the last until the announcement. Before the first point the crowd knows nothing and
 * is taken to say 50 %, as {@link QuestionScore} does. Points at or after the announcement do not
 * count.
 */
public final class CrowdPath {

    private final long[] at;
    private final double[] error;
    /** cumulative[i]: the integral from at[0] to at[i], in probability² × milliseconds. */
    private final double[] cumulative;
    private final long announced;
    private static final double KNOWS_NOTHING = 0.25;

    public CrowdPath(List<TimedForecast> points, Instant announced, Outcome outcome) {
        List<TimedForecast> standing = points.stream().filter(point -> point.at().isBefore(announced))
                .sorted(Comparator.comparing(TimedForecast::at)).toList();
        this.announced = announced.toEpochMilli();
        at = new long[standing.size()];
        error = new double[standing.size()];
        cumulative = new double[standing.size()];
        for (int i = 0; i < standing.size(); i++) {
            at[i] = standing.get(i).at().toEpochMilli();
            error[i] = Brier.of(standing.get(i).percent(), outcome);
            cumulative[i] = i == 0 ? 0 : cumulative[i - 1] + error[i - 1] * (at[i] - at[i - 1]);
        }
    }

    /** Whether the crowd had odds at {@code moment}. */
    public boolean hasOddsAt(Instant moment) {
        return at.length > 0 && at[0] <= moment.toEpochMilli();
    }

    /** The crowd's time-averaged Brier over {@code [from, announcement)}, 50 % before its first odds. */
    public double timeAveraged(Instant from) {
        long start = from.toEpochMilli();
        if (start >= announced) {
            throw new IllegalArgumentException("An active period ends at the announcement, after it starts");
        }
        return (integral(announced) - integral(start)) / (announced - start);
    }

    /** ∫ of the squared error from the first point (or, before it, backwards at 0.25) up to {@code t}. */
    private double integral(long t) {
        if (at.length == 0 || t <= at[0]) {
            return at.length == 0 ? KNOWS_NOTHING * t : -KNOWS_NOTHING * (at[0] - t);
        }
        int index = Arrays.binarySearch(at, t);
        int last = index >= 0 ? index : -index - 2;
        return cumulative[last] + error[last] * (t - at[last]);
    }
}
