package app.encore.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How far a burst of sock puppets moves the crowd odds ({@code bench/puppets.sh}): a show with 20
 * honest forecasters, then 30, 100 and 1,000 new fans from one address all giving 97 %, the newest
 * updates (which the recency weighting favours). Prints the median, band and label, three ways:
 * with no defence (every fresh browser a fan), with the new-fan limit alone (20 new fans an address
 * an hour), and with the limit and cohort weighting (the new fans of one address on one day weigh at
 * most {@link CrowdOddsCalculator#COHORT_VOICES} fans). Goes through {@link CrowdState}, as the live
 * odds and the replay for scoring do. Asserts nothing; {@code CrowdOddsCalculatorTest} holds the bound.
 */
class SockPuppetBenchmark {

    /** Twenty honest fans, spread around a third, in the order they last changed their minds (oldest first). */
    static final List<Integer> HONEST = List.of(30, 55, 10, 40, 25, 80, 20, 35, 5, 45, 30, 60, 15, 35, 25, 70, 40, 20,
            50, 30);
    static final int PUPPET = 97;
    /** encore.forecast.new-fans-per-address-per-hour, as Encore ships. */
    static final int NEW_FANS_AN_HOUR = 20;

    @Test
    void print_how_far_puppets_move_the_median_of_twenty_honest_forecasters() {
        System.out.println("BENCH sock puppets: 20 honest forecasters (" + HONEST + "), then a burst at " + PUPPET
                + " % from one address");
        System.out.println("BENCH   no puppets: " + odds(withPuppets(List.of())));
        System.out.println("BENCH | puppets tried | no defence | new-fan limit alone | limit + cohort weighting |");
        System.out.println("BENCH |---|---|---|---|");
        for (int puppets : List.of(30, 100, 1_000)) {
            System.out.printf("BENCH | %,d | %s | %s | %s |%n", puppets,
                    odds(withPuppets(List.of(puppets))),
                    odds(withPuppets(List.of(Math.min(puppets, NEW_FANS_AN_HOUR)))) + " (" + Math.min(puppets,
                            NEW_FANS_AN_HOUR) + " counted in the burst's hour)",
                    odds(withCohorts(puppets)) + " (" + cohortsOver(puppets).size() + " day-cohorts of "
                            + cohortsOver(puppets) + ")");
        }
    }

    /**
     * Sock puppets let in at 20 an hour, the burst starting at 23:00 UTC so that it spans as many
     * days (cohorts) as it can: 1,000 puppets take 50 hours, over four days.
     */
    static List<Integer> cohortsOver(int puppets) {
        int counted = puppets <= NEW_FANS_AN_HOUR ? puppets : puppets;
        List<Integer> perDay = new ArrayList<>();
        int hour = 23;
        int today = 0;
        for (int left = counted; left > 0; ) {
            int now = Math.min(left, NEW_FANS_AN_HOUR);
            today += now;
            left -= now;
            hour++;
            if (hour == 24 || left == 0) {
                perDay.add(today);
                today = 0;
                hour = 0;
            }
        }
        return perDay;
    }

    /** Twenty honest fans of their own, then puppets without cohorts (each a fan in full), newest last. */
    private static CrowdState withPuppets(List<Integer> bursts) {
        var state = new CrowdState();
        HONEST.forEach(p -> state.put(UUID.randomUUID(), p, null));
        bursts.forEach(n -> {
            for (int i = 0; i < n; i++) {
                state.put(UUID.randomUUID(), PUPPET, null);
            }
        });
        return state;
    }

    static CrowdState withCohorts(int puppets) {
        var state = new CrowdState();
        for (int i = 0; i < HONEST.size(); i++) {
            state.put(UUID.randomUUID(), HONEST.get(i), "a:honest" + i + ":2026-12-01");
        }
        List<Integer> days = cohortsOver(puppets);
        for (int day = 0; day < days.size(); day++) {
            for (int i = 0; i < days.get(day); i++) {
                state.put(UUID.randomUUID(), PUPPET, "a:puppeteer:2026-12-0" + (2 + day));
            }
        }
        return state;
    }

    private static String odds(CrowdState state) {
        CrowdOdds odds = state.odds();
        return String.format("median %d %% (band %d–%d %%), %s", odds.median(), odds.lowerQuartile(),
                odds.upperQuartile(), OddsLabel.of(odds, app.encore.show.OfficialStatus.UNANNOUNCED));
    }
}
