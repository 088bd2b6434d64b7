package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrowdOddsCalculatorTest {

    /** Computes from forecasts listed oldest first, as fans made them. */
    private static CrowdOdds odds(List<Integer> oldestFirst) {
        List<Integer> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        return CrowdOddsCalculator.compute(newestFirst.iterator(), newestFirst.size());
    }

    @Test
    void no_forecasts_give_no_odds() {
        assertThat(odds(List.of())).isEqualTo(CrowdOdds.NONE);
        assertThat(CrowdOdds.NONE.hasForecasts()).isFalse();
    }

    @Test
    void one_forecast_is_the_crowd() {
        assertThat(odds(List.of(73))).isEqualTo(new CrowdOdds(1, 73, 73, 73));
    }

    @Test
    void two_forecasts_give_a_median_between_them_nearer_the_newer() {
        CrowdOdds odds = odds(List.of(80, 20));

        assertThat(odds.forecasters()).isEqualTo(2);
        assertThat(odds.median()).isBetween(21, 49);
        assertThat(odds(List.of(20, 80)).median()).isBetween(51, 79);
    }

    @Test
    void the_band_holds_the_middle_half_around_the_median() {
        CrowdOdds odds = odds(List.of(10, 20, 30, 40, 50, 60, 70, 80, 90));

        assertThat(odds.lowerQuartile()).isLessThan(odds.median());
        assertThat(odds.median()).isLessThan(odds.upperQuartile());
        assertThat(odds.lowerQuartile()).isBetween(20, 50);
        assertThat(odds.upperQuartile()).isBetween(60, 90);
    }

    @Test
    void fans_who_agree_give_exactly_their_value() {
        assertThat(odds(Collections.nCopies(500, 64))).isEqualTo(new CrowdOdds(500, 64, 64, 64));
    }

    @Test
    void recent_forecasts_weigh_more_than_old_ones() {
        List<Integer> optimistsThenPessimists = new ArrayList<>(Collections.nCopies(50, 90));
        optimistsThenPessimists.addAll(Collections.nCopies(50, 10));
        List<Integer> pessimistsThenOptimists = new ArrayList<>(Collections.nCopies(50, 10));
        pessimistsThenOptimists.addAll(Collections.nCopies(50, 90));

        assertThat(odds(optimistsThenPessimists).median()).isLessThan(50);
        assertThat(odds(pessimistsThenOptimists).median()).isGreaterThan(50);
    }

    @Test
    void many_forecasts_give_a_stable_answer_without_reading_them_all() {
        List<Integer> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(i % 101);
        }
        CrowdOdds odds = odds(many);

        assertThat(odds.forecasters()).isEqualTo(100_000);
        assertThat(odds.median()).isBetween(40, 60);
        assertThat(odds.lowerQuartile()).isBetween(15, 35);
        assertThat(odds.upperQuartile()).isBetween(65, 85);
    }

    @Test
    void the_oldest_forecasts_of_a_huge_crowd_weigh_nothing() {
        int n = 100_000;
        double sqrtN = Math.sqrt(n);
        assertThat(Math.exp(Math.sqrt(1) - sqrtN)).isLessThan(CrowdOddsCalculator.NEGLIGIBLE);
        assertThat(Math.exp(Math.sqrt(n) - sqrtN)).isEqualTo(1.0);
    }

    @Test
    void percentiles_stay_within_the_values_given() {
        double[] weights = new double[101];
        weights[30] = 1;
        weights[70] = 1;

        assertThat(CrowdOddsCalculator.percentile(weights, 0.0)).isEqualTo(30);
        assertThat(CrowdOddsCalculator.percentile(weights, 0.5)).isEqualTo(50);
        assertThat(CrowdOddsCalculator.percentile(weights, 1.0)).isEqualTo(70);
    }
}
