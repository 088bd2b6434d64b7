package app.encore.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Brier scores of forecasts that stand over time.
 * <p>
 * A forecast p (a probability) of a question that resolved o (1 for YES, 0 for NO) scores
 * (p − o)²: 0 is perfect, 0.25 is what always saying 50 % earns, 1 is as wrong as possible. Inputs are
 * clamped to 0.1–99.9 %, as Metaculus does, so a fan who says 0 % or 100 % is scored as 0.1 % or
 * 99.9 %.
 * <p>
 * A <em>time-averaged</em> Brier score, as Good Judgment scores its questions, counts every moment
 * of a period with the forecast standing then (each forecast carried forward until the next):
 * <pre>
 *   B = (1 / (t₁ − t₀)) ∫ from t₀ to t₁ of (p(t) − o)² dt
 * </pre>
 * computed exactly, to the millisecond, over the pieces where p is constant. Forecasts made at or
 * after the end of the period (the announcement) do not count.
 */
public final class Brier {

    /** The lowest and highest probabilities a forecast is scored as (0.1 % and 99.9 %). */
    public static final double MIN = 0.001;
    public static final double MAX = 0.999;

    private Brier() {
    }

    /** A percentage as the probability it is scored as, within {@link #MIN}–{@link #MAX}. */
    public static double clamp(int percent) {
        return Math.clamp(percent / 100.0, MIN, MAX);
    }

    /** The Brier score of one forecast, standing alone. */
    public static double of(int percent, Outcome outcome) {
        double error = clamp(percent) - outcome.value();
        return error * error;
    }

    /**
     * The score of a forecaster who always says {@code probability} (0–1, not clamped): the 50 %
     * forecaster, or the base-rate forecaster who always says how often comparable shows got a second
     * season.
     */
    public static double constant(double probability, Outcome outcome) {
        double error = probability - outcome.value();
        return error * error;
    }

    /**
     * The time-averaged Brier score of {@code path} over {@code [from, to)}. Before the path's first
     * forecast there is nothing to score, so the period starts at the later of {@code from} and that
     * forecast.
     *
     * @return nothing if no forecast stands for any part of the period (none before {@code to})
     */
    public static OptionalDouble timeAveraged(List<TimedForecast> path, Instant from, Instant to, Outcome outcome) {
        List<TimedForecast> standing = path.stream().filter(forecast -> forecast.at().isBefore(to))
                .sorted(Comparator.comparing(TimedForecast::at)).toList();
        if (standing.isEmpty()) {
            return OptionalDouble.empty();
        }
        Instant start = later(from, standing.getFirst().at());
        if (!start.isBefore(to)) {
            return OptionalDouble.empty();
        }
        double weighted = 0;
        for (int i = 0; i < standing.size(); i++) {
            Instant pieceStart = later(start, standing.get(i).at());
            Instant pieceEnd = i + 1 < standing.size() ? standing.get(i + 1).at() : to;
            if (pieceEnd.isAfter(pieceStart)) {
                weighted += millis(pieceStart, pieceEnd) * of(standing.get(i).percent(), outcome);
            }
        }
        return OptionalDouble.of(weighted / millis(start, to));
    }

    static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
