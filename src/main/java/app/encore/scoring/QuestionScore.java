package app.encore.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A fan's score on one resolved question, and how it compares with the crowd's.
 * <p>
 * <b>The fan's Brier</b> is time-averaged over their own active period: from their first forecast
 * until the announcement ({@link Brier#timeAveraged}).
 * <p>
 * <b>The crowd's Brier</b>, for comparison, is the crowd odds' time-averaged Brier over the same
 * active period. Until the crowd has odds (the first fan to vote is ahead of them), the crowd is taken
 * to say 50 %: it knows nothing yet.
 * <p>
 * <b>Relative to the crowd</b>, the number fans are ranked by, counts the question's whole life
 * (from {@code opened} until the announcement). Before a fan's first forecast they are taken to say
 * what the crowd said, as Good Judgment Open does, so those days add nothing:
 * <pre>
 *   relative = coverage × (fan's Brier − crowd's Brier over the fan's active period)
 *   coverage = active period / the question's life
 * </pre>
 * Negative is better than the crowd. A fan who waits until the last day can gain or lose only the
 * last day's share: waiting does not pay, and neither does copying the crowd.
 *
 * @param fanBrier the fan's time-averaged Brier over their active period
 * @param crowdBrier the crowd's time-averaged Brier over the same period
 * @param relative coverage × (fanBrier − crowdBrier); negative beats the crowd
 * @param coverage the share of the question's life the fan was forecasting, 0–1
 * @param firstForecast when the fan's active period began
 */
public record QuestionScore(double fanBrier, double crowdBrier, double relative, double coverage,
        Instant firstForecast) {

    /** Briers closer than this are the same: far below the 0.001 shown, far above a sum's rounding. */
    static final double SAME = 1e-9;

    /**
     * Scores a fan on a question that opened at {@code opened} and was announced at
     * {@code announced}.
     *
     * @param fan the fan's forecasts, in any order; those at or after the announcement are ignored
     * @param crowd the crowd's odds as they stood over time, in any order
     * @return nothing if the fan made no forecast before the announcement
     */
    public static Optional<QuestionScore> of(List<TimedForecast> fan, List<TimedForecast> crowd, Instant opened,
            Instant announced, Outcome outcome) {
        return of(fan, new CrowdPath(crowd, announced, outcome), opened, announced, outcome);
    }

    /**
     * As {@link #of(List, List, Instant, Instant, Outcome)}, with the crowd's path prepared once for
     * every fan of the question.
     */
    public static Optional<QuestionScore> of(List<TimedForecast> fan, CrowdPath crowd, Instant opened,
            Instant announced, Outcome outcome) {
        Optional<Instant> first = fan.stream().map(TimedForecast::at).filter(at -> at.isBefore(announced))
                .min(Instant::compareTo);
        if (first.isEmpty() || !announced.isAfter(opened)) {
            return Optional.empty();
        }
        Instant start = first.get().isAfter(opened) ? first.get() : opened;
        OptionalDouble fanBrier = Brier.timeAveraged(fan, start, announced, outcome);
        if (fanBrier.isEmpty()) {
            return Optional.empty();
        }
        double crowdBrier = crowd.timeAveraged(start);
        double coverage = Brier.millis(start, announced) / Brier.millis(opened, announced);
        double difference = fanBrier.getAsDouble() - crowdBrier;
        if (Math.abs(difference) < SAME) {
            // The same path summed two ways (a lone forecaster is the crowd): the same score, exactly.
            crowdBrier = fanBrier.getAsDouble();
            difference = 0;
        }
        return Optional.of(new QuestionScore(fanBrier.getAsDouble(), crowdBrier, coverage * difference, coverage, start));
    }
}
