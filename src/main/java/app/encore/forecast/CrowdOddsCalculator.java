package app.encore.forecast;

import java.util.Iterator;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Turns the latest forecasts of a show into {@link CrowdOdds}.
 * <p>
 * <b>Recency.</b> Weights grow with recency as in Metaculus' community prediction: ordered from the
 * oldest update (i = 1) to the newest (i = n), forecast i weighs e^(√i − √n), so the newest weighs
 * 1 and a forecast k places older weighs about e^(−k / 2√n). Quantiles are weighted percentiles
 * with linear interpolation between the weight midpoints of neighbouring values, so two fans at 20
 * and 80 give a median between them, nearer the more recent one.
 * <p>
 * <b>Cohorts.</b> New fans whose first vote came from one address on one day form a cohort
 * ({@link FanOrigins}). All the fans of one such cohort together weigh as
 * {@link #COHORT_VOICES} fan on each show: each of m fans counts 1/m of a fan. A fan's share is
 * also the room they take in the recency order (i above advances by each fan's share), so a burst
 * of fresh sock puppets neither outweighs the fans before it nor pushes them back into the past.
 * Fans who came through a venue's kiosk, and fans from before cohorts, count in full. Staff may
 * discount a cohort: its fans then count for nothing, not even as forecasters.
 * <p>
 * Forecasts are read newest first and reading stops once a weight falls below 1e-15: all older
 * ones together then weigh less than n × 1e-15, which cannot move a whole percentage. That bounds
 * the work: 100,000 forecasters cost about 21,000 steps, not 100,000.
 */
final class CrowdOddsCalculator {

    static final double NEGLIGIBLE = 1e-15;
    /** How many fans a whole address cohort weighs, at most, on any one show: one person, one voice. */
    static final int COHORT_VOICES = 1;

    /** One fan's latest forecast and the cohort of their first vote (null: counted in full). */
    record Vote(int probability, @Nullable String cohort) {
    }

    private CrowdOddsCalculator() {
    }

    /**
     * For fans who all count in full.
     *
     * @param newestFirst the latest forecast (0–100) of each fan, the most recently updated first
     * @param count how many there are
     */
    static CrowdOdds compute(Iterator<Integer> newestFirst, int count) {
        return weigh(new Iterator<Vote>() {
            @Override
            public boolean hasNext() {
                return newestFirst.hasNext();
            }

            @Override
            public Vote next() {
                return new Vote(newestFirst.next(), null);
            }
        }, count, cohort -> 1.0, count);
    }

    /**
     * @param newestFirst each fan's latest forecast and cohort, the most recently updated first (fans of
     *     a discounted cohort have a share of 0: they weigh nothing and take no room)
     * @param count how many fans count
     * @param shareOf the share of a fan of each cohort ({@link #share}), 1 for none
     * @param totalShares the sum of all the fans' shares, which the caller keeps as fans come and go
     */
    static CrowdOdds weigh(Iterator<Vote> newestFirst, int count, ToDoubleFunction<@Nullable String> shareOf,
            double totalShares) {
        if (count == 0) {
            return CrowdOdds.NONE;
        }
        double[] weightOf = new double[101];
        double sqrtN = Math.sqrt(totalShares);
        double position = totalShares;
        while (position > 1e-9 && newestFirst.hasNext()) {
            Vote vote = newestFirst.next();
            double recency = Math.exp(Math.sqrt(position) - sqrtN);
            if (recency < NEGLIGIBLE) {
                break;
            }
            double share = vote.cohort() == null ? 1 : shareOf.applyAsDouble(vote.cohort());
            weightOf[vote.probability()] += share * recency;
            position -= share;
        }
        return new CrowdOdds(count, percentile(weightOf, 0.5), percentile(weightOf, 0.25),
                percentile(weightOf, 0.75));
    }

    /** The share of a fan in a cohort of {@code size} fans on one show: {@link #COHORT_VOICES} fan in all. */
    static double share(@Nullable String cohort, int size, boolean discounted) {
        if (discounted) {
            return 0;
        }
        if (cohort == null || FanOrigins.isVenue(cohort) || size <= COHORT_VOICES) {
            return 1;
        }
        return (double) COHORT_VOICES / size;
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
