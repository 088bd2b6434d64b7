package app.encore.forecast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * One show's latest forecast per fan, oldest update first, kept in memory so a page view never
 * reads every vote. The crowd odds are recomputed only after a change, and only when asked for.
 */
final class CrowdState {

    private final LinkedHashMap<UUID, Integer> latestByFan = new LinkedHashMap<>();
    private final int[] deciles = new int[10];
    private CrowdOdds odds = CrowdOdds.NONE;
    private boolean stale;

    /** A fan's new forecast moves them to the newest end. */
    synchronized void put(UUID fan, int probability) {
        Integer previous = latestByFan.remove(fan);
        if (previous != null) {
            deciles[decile(previous)]--;
        }
        latestByFan.put(fan, probability);
        deciles[decile(probability)]++;
        stale = true;
    }

    synchronized CrowdOdds odds() {
        if (stale) {
            odds = CrowdOddsCalculator.compute(latestByFan.sequencedValues().reversed().iterator(),
                    latestByFan.size());
            stale = false;
        }
        return odds;
    }

    /** How many fans give 0–9 %, 10–19 %, … 90–100 %. */
    synchronized List<Integer> histogram() {
        return IntStream.of(deciles).boxed().toList();
    }

    static int decile(int probability) {
        return Math.min(probability / 10, 9);
    }
}
