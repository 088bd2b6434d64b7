package app.encore.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A calibration record: of the time forecasts said about 70 %, did about 70 % of those questions
 * resolve YES?
 * <p>
 * Forecasts fall into ten bins by probability (0–9 %, 10–19 %, … 90–100 %). Each stretch of a
 * question's life during which a forecast stood adds to its bin a weight of its share of that life,
 * so every question weighs 1 in all, however long it was open. Per bin:
 * <pre>
 *   W        = Σ w                      (how many questions' worth of forecasting fell in the bin)
 *   forecast = Σ w·p / W                (the mean forecast, 0–1)
 *   observed = Σ w·o / W                (how often those questions resolved YES)
 *   band     = Wilson score interval for observed, with n = W and z = 1.96 (95 %)
 * </pre>
 * A well-calibrated forecaster's bins lie near the diagonal, observed ≈ forecast; the band says how
 * far chance alone could put them from it with so few questions.
 */
public final class Calibration {

    public static final int BINS = 10;
    private static final double Z = 1.96;

    /** One resolved question: the forecasts that stood over its life and how it resolved. */
    public record Question(List<TimedForecast> path, Instant opened, Instant announced, Outcome outcome) {
    }

    /** One bin: its range in %, the weight in it, the mean forecast, the observed frequency and its band. */
    public record Bin(int from, int to, double weight, double forecast, double observed, double low, double high) {

        public boolean isEmpty() {
            return weight == 0;
        }
    }

    private Calibration() {
    }

    public static List<Bin> of(List<Question> questions) {
        double[] weight = new double[BINS];
        double[] forecast = new double[BINS];
        double[] yes = new double[BINS];
        for (Question question : questions) {
            double life = Brier.millis(question.opened(), question.announced());
            if (life <= 0) {
                continue;
            }
            List<TimedForecast> standing = question.path().stream()
                    .filter(f -> f.at().isBefore(question.announced()))
                    .sorted(Comparator.comparing(TimedForecast::at)).toList();
            for (int i = 0; i < standing.size(); i++) {
                Instant start = standing.get(i).at().isAfter(question.opened()) ? standing.get(i).at() : question.opened();
                Instant end = i + 1 < standing.size() ? standing.get(i + 1).at() : question.announced();
                if (!end.isAfter(start)) {
                    continue;
                }
                double w = Brier.millis(start, end) / life;
                int percent = standing.get(i).percent();
                int bin = Math.min(percent / 10, BINS - 1);
                weight[bin] += w;
                forecast[bin] += w * percent / 100.0;
                yes[bin] += w * question.outcome().value();
            }
        }
        List<Bin> bins = new ArrayList<>();
        for (int bin = 0; bin < BINS; bin++) {
            int from = bin * 10;
            int to = bin == BINS - 1 ? 100 : from + 9;
            if (weight[bin] == 0) {
                bins.add(new Bin(from, to, 0, 0, 0, 0, 1));
                continue;
            }
            double observed = yes[bin] / weight[bin];
            double[] band = wilson(observed, weight[bin]);
            bins.add(new Bin(from, to, weight[bin], forecast[bin] / weight[bin], observed, band[0], band[1]));
        }
        return bins;
    }

    /** The Wilson score interval of a frequency {@code p} seen in {@code n} trials (n may be fractional). */
    static double[] wilson(double p, double n) {
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - spread), Math.min(1, centre + spread)};
    }
}
