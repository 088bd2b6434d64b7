package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.forecast.ForecastPaths.Discount;
import app.encore.forecast.ForecastPaths.Made;
import app.encore.forecast.ForecastPaths.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortWeightingTest {

    static final List<Integer> HONEST = SockPuppetBenchmark.HONEST;

    private static CrowdState honestCrowd() {
        var state = new CrowdState();
        for (int i = 0; i < HONEST.size(); i++) {
            state.put(UUID.randomUUID(), HONEST.get(i), "a:honest" + i + ":2026-12-01");
        }
        return state;
    }

    @Test
    void twenty_new_fans_from_one_address_on_one_day_move_the_odds_as_far_as_one_fan_does() {
        CrowdState puppets = honestCrowd();
        for (int i = 0; i < 20; i++) {
            puppets.put(UUID.randomUUID(), 97, "a:puppeteer:2026-12-02");
        }
        CrowdState oneFan = honestCrowd();
        oneFan.put(UUID.randomUUID(), 97, "a:someone:2026-12-02");

        assertThat(puppets.odds().median()).isEqualTo(oneFan.odds().median());
        assertThat(puppets.odds().median()).as("from 34 %%").isLessThanOrEqualTo(41);
        assertThat(puppets.odds().forecasters()).as("every fan is counted as a forecaster").isEqualTo(40);
    }

    @Test
    void a_thousand_puppets_over_four_days_weigh_as_four_fans_and_move_the_median_no_further_than_the_documented_bound() {
        CrowdState state = SockPuppetBenchmark.withCohorts(1_000);

        assertThat(SockPuppetBenchmark.cohortsOver(1_000)).containsExactly(20, 480, 480, 20);
        assertThat(state.odds().median()).isLessThanOrEqualTo(54);
    }

    @Test
    void fans_who_came_through_a_venue_s_kiosk_count_in_full() {
        CrowdState venue = honestCrowd();
        CrowdState address = honestCrowd();
        for (int i = 0; i < 20; i++) {
            venue.put(UUID.randomUUID(), 97, "v:0123abcd:2026-12-02");
            address.put(UUID.randomUUID(), 97, "a:wifi:2026-12-02");
        }

        assertThat(venue.odds().median()).isGreaterThan(90);
        assertThat(address.odds().median()).isLessThan(50);
    }

    @Test
    void fans_from_before_cohorts_and_a_household_of_one_count_in_full_as_before() {
        var legacy = new CrowdState();
        var own = new CrowdState();
        List<Integer> values = List.of(20, 80, 55, 10);
        for (int value : values) {
            legacy.put(UUID.randomUUID(), value, null);
            own.put(UUID.randomUUID(), value, "a:" + value + ":2026-12-02");
        }

        CrowdOdds plain = CrowdOddsCalculator.compute(values.reversed().iterator(), values.size());
        assertThat(legacy.odds()).isEqualTo(plain);
        assertThat(own.odds()).isEqualTo(plain);
    }

    @Test
    void a_discounted_cohort_leaves_the_odds_and_the_count_and_comes_back_when_counted_again() {
        CrowdState state = honestCrowd();
        CrowdOdds honest = state.odds();
        for (int i = 0; i < 15; i++) {
            state.put(UUID.randomUUID(), 97, "v:feedbeef:2026-12-02");
        }
        CrowdOdds stuffed = state.odds();

        state.discount("v:feedbeef:2026-12-02", true);
        assertThat(state.odds()).isEqualTo(honest);
        assertThat(state.histogram().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);

        state.discount("v:feedbeef:2026-12-02", false);
        assertThat(state.odds()).isEqualTo(stuffed);
    }

    @Test
    void a_fan_who_withdraws_leaves_the_crowd_and_their_cohort() {
        var state = new CrowdState();
        UUID leaving = UUID.randomUUID();
        state.put(UUID.randomUUID(), 30, "a:home:2026-12-02");
        state.put(leaving, 90, "a:home:2026-12-02");

        state.withdraw(leaving);

        assertThat(state.odds().forecasters()).isEqualTo(1);
        assertThat(state.odds().median()).as("the one left now counts in full").isEqualTo(30);
    }

    @Test
    void replaying_the_history_gives_the_odds_the_live_crowd_gave_at_every_step_discounts_and_withdrawals_included() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        List<Step> steps = new ArrayList<>();
        var live = new CrowdState();
        List<CrowdOdds> liveOdds = new ArrayList<>();
        List<UUID> fans = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant at = start.plus(Duration.ofMinutes(2L * i));
            Step step;
            if (i == 30) {
                step = new Discount("a:puppeteer:2026-12-01", true, at);
                live.discount("a:puppeteer:2026-12-01", true);
            } else if (i == 45) {
                step = new Made(fans.get(3), null, null, at);
                live.withdraw(fans.get(3));
            } else if (i == 50) {
                step = new Discount("a:puppeteer:2026-12-01", false, at);
                live.discount("a:puppeteer:2026-12-01", false);
            } else {
                UUID fan = i % 7 == 0 && i > 0 ? fans.get(i / 7) : UUID.randomUUID();
                String cohort = i % 3 == 0 ? "a:puppeteer:2026-12-01" : "a:fan" + i + ":2026-12-01";
                int probability = i % 3 == 0 ? 97 : (i * 37) % 101;
                step = new Made(fan, probability, cohort, at);
                live.put(fan, probability, cohort);
                fans.add(fan);
            }
            steps.add(step);
            liveOdds.add(live.odds());
        }

        List<CrowdOddsPoint> replayed = ForecastPaths.crowd(steps);

        assertThat(replayed).hasSize(steps.size());
        for (int i = 0; i < replayed.size(); i++) {
            CrowdOdds odds = liveOdds.get(i);
            assertThat(replayed.get(i)).as("step %d", i).isEqualTo(new CrowdOddsPoint(steps.get(i).at(), odds.median(),
                    odds.lowerQuartile(), odds.upperQuartile(), odds.forecasters()));
        }
    }

    @Test
    void the_plain_middle_of_the_spread_counts_each_fan_once_and_a_burst_sets_the_odds_apart_from_it() {
        var state = new CrowdState();
        state.put(UUID.randomUUID(), 20, "a:one:2026-12-01");
        state.put(UUID.randomUUID(), 24, "a:two:2026-12-01");
        for (int i = 0; i < 3; i++) {
            state.put(UUID.randomUUID(), 90, "a:burst:2026-12-02");
        }

        assertThat(state.plainMedian()).as("five fans, each once: 20, 24, 90, 90, 90").isEqualTo(90);
        assertThat(state.odds().median()).as("the burst weighs as one fan").isLessThan(60);

        var agreed = new CrowdState();
        agreed.put(UUID.randomUUID(), 40);
        agreed.put(UUID.randomUUID(), 40);
        assertThat(agreed.plainMedian()).isEqualTo(agreed.odds().median()).isEqualTo(40);
        assertThat(new CrowdState().plainMedian()).as("nobody counts").isEqualTo(-1);

        agreed.put(UUID.randomUUID(), 90);
        assertThat(agreed.plainMedian()).as("worked out once per change, and again after one").isEqualTo(40);
        agreed.put(UUID.randomUUID(), 90);
        assertThat(agreed.plainMedian()).isEqualTo(65);
    }
}
