package app.encore.forecast;

import java.util.Iterator;

/**
 * Turns the latest forecasts of a show into {@link CrowdOdds}.
 * <p>
 * Weights grow with recency as in Metaculus' community prediction: ordered from the oldest update
 * (i = 1) to the newest (i = n), forecast i weighs e^(√i − √n), so the newest weighs 1 and a
 * forecast k places older weighs about e^(−k / 2√n). Quantiles are weighted percentiles with
 * linear interpolation between the weight midpoints of neighbouring values, so two fans at 20 and
 * 80 give a median between them, nearer the more recent one.
 * <p>
 * Forecasts are read newest first and reading stops once a weight falls below 1e-15: all older
 * ones together then weigh less than n × 1e-15, which cannot move a whole percentage. That bounds
 * the work: 100,000 forecasters cost about 21,000 steps, not 100,000.
 */
final class CrowdOddsCalculator {

    static final double NEGLIGIBLE = 1e-15;

    private CrowdOddsCalculator() {
    }

    /**
     * @param newestFirst the latest forecast (0–100) of each fan, the most recently updated first
     * @param count how many there are
     */
    static CrowdOdds compute(Iterator<Integer> newestFirst, int count) {
        if (count == 0) {
            return CrowdOdds.NONE;
        }
        double[] weightOf = new double[101];
        double sqrtN = Math.sqrt(count);
        for (int i = count; i >= 1 && newestFirst.hasNext(); i--) {
            double weight = Math.exp(Math.sqrt(i) - sqrtN);
            if (weight < NEGLIGIBLE) {
                break;
            }
            weightOf[newestFirst.next()] += weight;
        }
        return new CrowdOdds(count, percentile(weightOf, 0.5), percentile(weightOf, 0.25),
                percentile(weightOf, 0.75));
    }

    /** The weighted percentile {@code q} of values 0–100 with the given total weight each. */
    static int percentile(double[] weightOf, double q) {
        double total = 0;
        for (double w : weightOf) {
            total += w;
        }
        double cumulative = 0;
        int previousValue = -1;
        double previousMidpoint = 0;
        for (int value = 0; value <= 100; value++) {
            double w = weightOf[value];
            if (w == 0) {
                continue;
            }
            double midpoint = (cumulative + w / 2) / total;
            if (midpoint >= q) {
                if (previousValue < 0) {
                    return value;
                }
                double share = (q - previousMidpoint) / (midpoint - previousMidpoint);
                return (int) Math.round(previousValue + share * (value - previousValue));
            }
            cumulative += w;
            previousValue = value;
            previousMidpoint = midpoint;
        }
        return previousValue;
    }
}
