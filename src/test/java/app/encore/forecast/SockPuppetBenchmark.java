package app.encore.forecast;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far a burst of sock puppets moves the crowd odds ({@code bench/puppets.sh}): a show with 20
 * honest forecasters, then 30, 100 and 1,000 new fans from one address all giving 97 %, the newest
 * updates (which the recency weighting favours). Prints the median, band and label before and after;
 * asserts nothing. Then the same bursts as they count with the new-fan limit on one address.
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
        System.out.println("BENCH sock puppets: 20 honest forecasters (" + HONEST + "), then a burst at " + PUPPET + " %");
        System.out.println("BENCH   " + line(0));
        for (int puppets : List.of(1, 3, 10, 30, 100, 1_000)) {
            System.out.println("BENCH   " + line(puppets));
        }
        System.out.println("BENCH with the new-fan limit (" + NEW_FANS_AN_HOUR + " new fans an address an hour), the"
                + " same bursts within an hour from one address:");
        for (int puppets : List.of(30, 100, 1_000)) {
            System.out.println("BENCH   " + line(Math.min(puppets, NEW_FANS_AN_HOUR)).replaceFirst("^ *\\d[\\d,]* puppets",
                    String.format("%,5d puppets (%d counted)", puppets, Math.min(puppets, NEW_FANS_AN_HOUR))));
        }
    }

    private static String line(int puppets) {
        List<Integer> newestFirst = new ArrayList<>();
        for (int i = 0; i < puppets; i++) {
            newestFirst.add(PUPPET);
        }
        newestFirst.addAll(HONEST.reversed());
        CrowdOdds odds = CrowdOddsCalculator.compute(newestFirst.iterator(), newestFirst.size());
        return String.format("%,5d puppets: median %3d %% (band %d–%d %%), %s", puppets, odds.median(),
                odds.lowerQuartile(), odds.upperQuartile(), OddsLabel.of(odds, app.encore.show.OfficialStatus.UNANNOUNCED));
    }
}
