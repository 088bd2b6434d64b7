package app.encore.resolution;

import app.encore.scoring.Outcome;
import java.time.Instant;

/**
 * A fan's score on one resolved question (formulas in {@link app.encore.scoring.QuestionScore}).
 *
 * @param fanBrier the fan's time-averaged Brier over their active period: 0 is perfect, 0.25 is a
 *     constant 50 %
 * @param crowdBrier the crowd's over the same period
 * @param relative coverage × (fanBrier − crowdBrier), what the leaderboard adds up; negative beats the
 *     crowd
 * @param coverage the share of the question's life the fan was forecasting
 * @param finalForecast the fan's forecast standing at the announcement, in %
 */
public record FanScore(long showId, Outcome outcome, Instant announcedAt, double fanBrier, double crowdBrier,
        double relative, double coverage, Instant firstForecast, int finalForecast) {
}
