package app.encore.forecast;

import app.encore.forecast.CrowdOddsCalculator.Vote;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One show's latest forecast per fan, oldest update first, with each fan's cohort and the cohorts
 * staff discounted, kept in memory so a page view never reads every vote. The crowd odds are
 * recomputed only after a change, and only when asked for. The live odds and the replay of the
 * history for scoring ({@link ForecastPaths}) both go through this class, so they agree.
 */
final class CrowdState {

    private final LinkedHashMap<UUID, Vote> latestByFan = new LinkedHashMap<>();
    private final Map<String, Integer> cohortSizes = new HashMap<>();
    private final Set<String> discounted;
    private final int[] deciles = new int[10];
    private int counted;
    private double totalShares;
    private CrowdOdds odds = CrowdOdds.NONE;
    private boolean stale;
    /** {@link #plainMedian()} as of the last change; -2 until asked after it. */
    private int plainMedian = -2;

    CrowdState() {
        this(Set.of());
    }

    CrowdState(Collection<String> discounted) {
        this.discounted = new HashSet<>(discounted);
    }

    /** A fan of no cohort (counted in full) gives a new forecast. */
    synchronized void put(UUID fan, int probability) {
        put(fan, probability, null);
    }

    /** A fan's new forecast moves them to the newest end. */
    synchronized void put(UUID fan, int probability, @Nullable String cohort) {
        remove(fan);
        var vote = new Vote(probability, cohort);
        latestByFan.put(fan, vote);
        if (cohort != null) {
            totalShares -= sharesOf(cohort);
            cohortSizes.merge(cohort, 1, Integer::sum);
            totalShares += sharesOf(cohort);
        } else {
            totalShares += 1;
        }
        if (counts(vote)) {
            deciles[decile(probability)]++;
            counted++;
        }
        stale = true;
    }

    /** The fan's forecast leaves the crowd (they deleted themselves). */
    synchronized void withdraw(UUID fan) {
        remove(fan);
        stale = true;
    }

    /** Staff discount a cohort's fans from the crowd odds, or count them again. */
    synchronized void discount(String cohort, boolean discount) {
        if (discounted.contains(cohort) == discount) {
            return;
        }
        totalShares -= sharesOf(cohort);
        if (discount) {
            discounted.add(cohort);
        } else {
            discounted.remove(cohort);
        }
        totalShares += sharesOf(cohort);
        for (Vote vote : latestByFan.values()) {
            if (cohort.equals(vote.cohort())) {
                deciles[decile(vote.probability())] += discount ? -1 : 1;
                counted += discount ? -1 : 1;
            }
        }
        stale = true;
    }

    private void remove(UUID fan) {
        Vote previous = latestByFan.remove(fan);
        if (previous == null) {
            return;
        }
        if (counts(previous)) {
            deciles[decile(previous.probability())]--;
            counted--;
        }
        String cohort = previous.cohort();
        if (cohort != null) {
            totalShares -= sharesOf(cohort);
            cohortSizes.computeIfPresent(cohort, (c, size) -> size == 1 ? null : size - 1);
            totalShares += sharesOf(cohort);
        } else {
            totalShares -= 1;
        }
    }

    synchronized CrowdOdds odds() {
        if (stale) {
            odds = CrowdOddsCalculator.weigh(latestByFan.sequencedValues().reversed().iterator(), counted,
                    this::shareOf, Math.max(0, totalShares));
            plainMedian = -2; // worked out again when asked, once per change
            stale = false;
        }
        return odds;
    }

    /**
     * The plain median of the counted fans' latest forecasts, each fan once, as the spread shows them;
     * -1 when no fan counts. The crowd odds weigh recent forecasts and cohorts, so they may differ.
     */
    synchronized int plainMedian() {
        odds();
        if (plainMedian != -2) {
            return plainMedian;
        }
        plainMedian = computePlainMedian();
        return plainMedian;
    }

    private int computePlainMedian() {
        int[] values = latestByFan.values().stream().filter(this::counts).mapToInt(Vote::probability).sorted().toArray();
        if (values.length == 0) {
            return -1;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : Math.round((values[middle - 1] + values[middle]) / 2f);
    }

    /** How many counted fans give 0–9 %, 10–19 %, … 90–100 %. */
    synchronized List<Integer> histogram() {
        return IntStream.of(deciles).boxed().toList();
    }

    private boolean counts(Vote vote) {
        return vote.cohort() == null || !discounted.contains(vote.cohort());
    }

    private double shareOf(@Nullable String cohort) {
        return cohort == null ? 1 : CrowdOddsCalculator.share(cohort, cohortSizes.getOrDefault(cohort, 0),
                discounted.contains(cohort));
    }

    /** What all the fans of a cohort weigh together now. */
    private double sharesOf(String cohort) {
        return cohortSizes.getOrDefault(cohort, 0) * shareOf(cohort);
    }

    static int decile(int probability) {
        return Math.min(probability / 10, 9);
    }
}
