package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.fan.FanId;
import app.encore.forecast.ForecastRefusedException.Reason;
import app.encore.show.ShowCatalog;
import app.encore.support.TestShows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(TestShows.class)
@SpringBootTest
class ForecastingTest {

    @Autowired
    FanOrigins origins;

    @Autowired
    app.encore.base.ProofOfWork proofOfWork;

    @Autowired
    app.encore.fan.Fans fans;

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    JdbcClient jdbc;

    private TestShows.Created show;
    private final String address = "198.51.100." + (int) (Math.random() * 250);

    @BeforeEach
    void aNewShow() {
        show = TestShows.open(jdbc);
    }

    @Test
    void a_fan_who_votes_twice_keeps_one_vote_and_both_in_the_history() {
        FanId fan = FanId.random();

        forecasting.forecast(fan, address, show.id(), 80);
        MyForecast latest = forecasting.forecast(fan, address, show.id(), 65);

        assertThat(latest.probability()).isEqualTo(65);
        assertThat(forecasting.currentForecast(fan, show.id())).hasValueSatisfying(mine ->
                assertThat(mine.probability()).isEqualTo(65));
        assertThat(currentRows(fan)).isEqualTo(1);
        assertThat(history(fan)).containsExactly(80, 65);
        assertThat(crowd.odds(show.id())).isEqualTo(new CrowdOdds(1, 65, 65, 65));
    }

    @Test
    void the_crowd_counts_each_fan_once_with_their_latest_odds() {
        FanId a = FanId.random();
        FanId b = FanId.random();

        forecasting.forecast(a, address, show.id(), 80);
        forecasting.forecast(b, address, show.id(), 20);
        forecasting.forecast(a, address, show.id(), 60);

        CrowdOdds odds = crowd.odds(show.id());
        assertThat(odds.forecasters()).isEqualTo(2);
        assertThat(odds.median()).isBetween(21, 59);
    }

    @Test
    void odds_outside_zero_to_one_hundred_are_refused() {
        FanId fan = FanId.random();

        assertRefused(() -> forecasting.forecast(fan, address, show.id(), -1), Reason.OUT_OF_RANGE);
        assertRefused(() -> forecasting.forecast(fan, address, show.id(), 101), Reason.OUT_OF_RANGE);
        assertThat(currentRows(fan)).isZero();
    }

    @Test
    void a_resolved_question_takes_no_more_votes() {
        TestShows.Created renewed = TestShows.renewed(jdbc);

        assertRefused(() -> forecasting.forecast(FanId.random(), address, renewed.id(), 50), Reason.QUESTION_CLOSED);
    }

    @Test
    void a_vote_on_a_show_that_does_not_exist_is_refused() {
        assertRefused(() -> forecasting.forecast(FanId.random(), address, -42, 50), Reason.NO_SUCH_SHOW);
    }

    @Test
    void a_fan_changing_their_odds_more_than_thirty_times_a_minute_is_slowed_down() {
        FanId script = FanId.random();
        for (int i = 0; i < 30; i++) {
            forecasting.forecast(script, address, show.id(), i);
        }

        assertRefused(() -> forecasting.forecast(script, address, show.id(), 99), Reason.TOO_FAST);
        assertThat(forecasting.currentForecast(script, show.id()).orElseThrow().probability()).isEqualTo(29);
        // Another fan on the same Wi-Fi is not locked out.
        assertThat(forecasting.forecast(FanId.random(), address, show.id(), 40).probability()).isEqualTo(40);
    }

    @Test
    void one_address_is_allowed_a_whole_venue_of_fans_but_not_a_flood() {
        String venue = "203.0.113." + Math.floorMod(UUID.randomUUID().hashCode(), 250);
        long started = System.nanoTime();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 800; i++) {
            try {
                forecasting.forecast(FanId.random(), venue, show.id(), i % 101);
                accepted++;
            } catch (ForecastRefusedException tooFast) {
                assertThat(tooFast.reason()).isEqualTo(Reason.TOO_FAST);
                refused++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        // 600 at once, then the bucket refills at 10 a second.
        assertThat(accepted).isBetween(600, 600 + (int) Math.ceil(seconds * 10) + 1);
        assertThat(refused).isPositive();
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(accepted);
    }

    @Test
    void a_hundred_parallel_saves_from_one_fan_leave_one_forecast_and_no_error() throws Exception {
        FanId fan = FanId.random();
        List<Callable<Object>> saves = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int probability = i;
            saves.add(() -> {
                try {
                    return forecasting.forecast(fan, address, show.id(), probability);
                } catch (ForecastRefusedException refused) {
                    return refused.reason();
                }
            });
        }

        List<Object> outcomes = runInParallel(saves);

        assertThat(outcomes).allMatch(o -> o instanceof MyForecast || o == Reason.TOO_FAST);
        int saved = (int) outcomes.stream().filter(MyForecast.class::isInstance).count();
        // 30 at once; the bucket refills one every two seconds.
        assertThat(saved).isBetween(30, 32);
        assertThat(currentRows(fan)).isEqualTo(1);
        assertThat(history(fan)).hasSize(saved);
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(1);
    }

    @Test
    void many_fans_voting_on_one_show_at_once_are_all_counted() throws Exception {
        List<Callable<Object>> votes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int probability = i % 101;
            votes.add(() -> forecasting.forecast(FanId.random(), "192.0.2." + (probability % 50), show.id(), probability));
        }

        runInParallel(votes);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast WHERE show_id = :show").param("show", show.id())
                .query(Integer.class).single()).isEqualTo(200);
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(200);
    }

    private static List<Object> runInParallel(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private int currentRows(FanId fan) {
        return jdbc.sql("SELECT COUNT(*) FROM forecast WHERE fan_id = :fan").param("fan", fan.value())
                .query(Integer.class).single();
    }

    private List<Integer> history(FanId fan) {
        return jdbc.sql("SELECT probability FROM forecast_history WHERE fan_id = :fan ORDER BY id")
                .param("fan", fan.value()).query(Integer.class).list();
    }

    private static void assertRefused(Runnable vote, Reason reason) {
        assertThatThrownBy(vote::run).isInstanceOfSatisfying(ForecastRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    @Test
    void a_save_picked_as_the_victim_of_a_deadlock_is_tried_again_and_leaves_one_forecast(
            @Autowired ShowCatalog shows, @Autowired ForecastStore store, @Autowired ForecastRepository repository,
            @Autowired ForecastRateLimits limits, @Autowired ApplicationEventPublisher events) {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        ForecastStore losingOnce = Mockito.spy(store);
        Mockito.doThrow(new PessimisticLockingFailureException("deadlock detected"))
                .doCallRealMethod()
                .when(losingOnce).save(Mockito.eq(show.id()), Mockito.eq(fan), Mockito.anyInt(), Mockito.any(), Mockito.any(),
                        Mockito.anyBoolean());
        var forecastingThatLoses = new Forecasting(shows, losingOnce, repository, limits, origins, proofOfWork, fans, false, events,
                Clock.systemUTC());

        assertThat(forecastingThatLoses.forecast(fan, "deadlock", show.id(), 64).probability()).isEqualTo(64);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast WHERE show_id = :show AND fan_id = :fan")
                .param("show", show.id()).param("fan", fan.value()).query(Integer.class).single()).isEqualTo(1);
        Mockito.verify(losingOnce, Mockito.times(2)).save(Mockito.eq(show.id()), Mockito.eq(fan), Mockito.anyInt(),
                Mockito.any(), Mockito.any(), Mockito.anyBoolean());
    }

    @Test
    void an_address_gets_a_few_new_fans_an_hour_and_fans_who_voted_before_keep_voting(
            @Autowired ShowCatalog shows, @Autowired ForecastStore store, @Autowired ForecastRepository repository,
            @Autowired app.encore.base.RateLimitBuckets buckets, @Autowired ApplicationEventPublisher events) {
        TestShows.Created show = TestShows.open(jdbc);
        TestShows.Created another = TestShows.open(jdbc);
        String address = "household-" + UUID.randomUUID();
        var twoNewFansAnHour = new Forecasting(shows, store, repository, new ForecastRateLimits(buckets, 30, 600, 2, 50), origins, proofOfWork, fans, false, events,
                Clock.systemUTC());
        FanId first = FanId.random();
        FanId second = FanId.random();

        twoNewFansAnHour.forecast(first, address, show.id(), 40);
        twoNewFansAnHour.forecast(second, address, show.id(), 60);
        assertRefused(() -> twoNewFansAnHour.forecast(FanId.random(), address, show.id(), 97), Reason.TOO_MANY_NEW_FANS);

        assertThat(twoNewFansAnHour.forecast(first, address, show.id(), 45).probability())
                .as("a fan who voted before changes their mind as usual").isEqualTo(45);
        assertThat(twoNewFansAnHour.forecast(second, address, another.id(), 50).probability())
                .as("and votes on another show: not new any more").isEqualTo(50);
        assertThat(twoNewFansAnHour.forecast(FanId.random(), "elsewhere-" + UUID.randomUUID(), show.id(), 97)
                .probability()).as("a new fan from another address").isEqualTo(97);
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(3);
    }

    @Test
    void fans_who_came_through_a_venue_s_kiosk_count_against_the_venue_not_the_address(
            @Autowired ShowCatalog shows, @Autowired ForecastStore store, @Autowired ForecastRepository repository,
            @Autowired app.encore.base.RateLimitBuckets buckets, @Autowired ApplicationEventPublisher events) {
        TestShows.Created show = TestShows.open(jdbc);
        String address = "venue-wifi-" + UUID.randomUUID();
        String venue = UUID.randomUUID().toString().substring(0, 8);
        var limited = new Forecasting(shows, store, repository, new ForecastRateLimits(buckets, 30, 600, 2, 5), origins, proofOfWork, fans, false, events,
                Clock.systemUTC());

        for (int fan = 0; fan < 5; fan++) {
            limited.forecast(FanId.random(), address, venue, show.id(), 60 + fan);
        }
        assertRefused(() -> limited.forecast(FanId.random(), address, venue, show.id(), 70), Reason.TOO_MANY_NEW_FANS);
        limited.forecast(FanId.random(), address, show.id(), 40);
        limited.forecast(FanId.random(), address, show.id(), 41);
        assertRefused(() -> limited.forecast(FanId.random(), address, show.id(), 42), Reason.TOO_MANY_NEW_FANS);
        assertThat(crowd.odds(show.id()).forecasters()).as("five at the venue, two more on the address").isEqualTo(7);
    }

    @Test
    void a_new_fan_s_first_vote_needs_a_solved_challenge_used_once_and_a_returning_fan_needs_none(
            @Autowired ShowCatalog shows, @Autowired ForecastStore store, @Autowired ForecastRepository repository,
            @Autowired ForecastRateLimits limits, @Autowired ApplicationEventPublisher events) {
        var withProof = new Forecasting(shows, store, repository, limits, origins, proofOfWork, fans, true, events,
                Clock.systemUTC());
        FanId fan = FanId.random();
        String solved = app.encore.support.ProofOfWorkSolver.solve(withProof.challenge());

        assertThat(withProof.isNewFan(fan)).isTrue();
        assertRefused(() -> withProof.forecast(fan, address, null, show.id(), 70, null), Reason.PROOF_NEEDED);
        assertRefused(() -> withProof.forecast(fan, address, null, show.id(), 70, "not-a-solution"), Reason.PROOF_NEEDED);
        assertThat(withProof.forecast(fan, address, null, show.id(), 70, solved).probability()).isEqualTo(70);
        assertRefused(() -> withProof.forecast(FanId.random(), address, null, show.id(), 70, solved), Reason.PROOF_NEEDED);

        assertThat(withProof.isNewFan(fan)).isFalse();
        assertThat(withProof.forecast(fan, address, show.id(), 75).probability())
                .as("a fan who voted before needs no proof").isEqualTo(75);
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(1);
    }

    @Test
    void a_new_fan_s_cohort_is_their_address_s_digest_and_the_day_and_never_changes() {
        FanId fan = FanId.random();
        forecasting.forecast(fan, "2001:db8:1:2:aaaa::1", show.id(), 40);
        FanId neighbour = FanId.random();
        forecasting.forecast(neighbour, "2001:db8:1:2:bbbb::9", show.id(), 60);
        String cohort = origins.of(fan).orElseThrow().cohort();

        assertThat(cohort).matches("a:[A-Za-z0-9_-]{12}:\\d{4}-\\d{2}-\\d{2}").doesNotContain("2001");
        assertThat(origins.of(neighbour).orElseThrow().cohort()).as("one /64 is one household").isEqualTo(cohort);
        forecasting.forecast(fan, "192.0.2.7", show.id(), 45);
        assertThat(origins.of(fan).orElseThrow().cohort()).isEqualTo(cohort);
    }
}
