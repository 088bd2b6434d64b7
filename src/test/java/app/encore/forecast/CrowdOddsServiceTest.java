package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.support.TestShows;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(TestShows.class)
@SpringBootTest
class CrowdOddsServiceTest {

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    LocalCrowdOddsFeed feed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void after_a_restart_the_crowd_odds_are_rebuilt_from_the_database() {
        long show = TestShows.open(jdbc).id();
        forecasting.forecast(FanId.random(), "a", show, 90);
        forecasting.forecast(FanId.random(), "a", show, 30);
        CrowdOdds before = crowd.odds(show);

        crowd.forgetAll();

        assertThat(crowd.odds(show)).isEqualTo(before);
        assertThat(before.forecasters()).isEqualTo(2);
    }

    @Test
    void the_spread_counts_fans_in_ten_bins() {
        long show = TestShows.open(jdbc).id();
        for (int p : new int[] {0, 9, 10, 55, 99, 100}) {
            forecasting.forecast(FanId.random(), "b", show, p);
        }

        assertThat(crowd.histogram(show)).containsExactly(2, 1, 0, 0, 0, 1, 0, 0, 0, 2);
    }

    @Test
    void a_vote_reaches_listeners_once_per_push_however_many_votes_come() {
        long show = TestShows.open(jdbc).id();
        List<CrowdOdds> heard = new CopyOnWriteArrayList<>();
        var registration = feed.subscribe(show, heard::add);
        try {
            for (int i = 0; i < 25; i++) {
                forecasting.forecast(FanId.random(), "c", show, 70);
            }
            feed.publishChanges();

            // The scheduled push (every 250 ms) may also run during the burst: still a few, not 25.
            assertThat(heard).hasSizeBetween(1, 3);
            assertThat(heard.getLast().forecasters()).isEqualTo(25);
            assertThat(heard.getLast().median()).isEqualTo(70);
        } finally {
            registration.remove();
        }
    }

    @Test
    void a_closed_page_hears_nothing_more_and_leaves_no_listener_behind() {
        long show = TestShows.open(jdbc).id();
        int before = feed.listenerCount();
        List<CrowdOdds> heard = new CopyOnWriteArrayList<>();
        var registration = feed.subscribe(show, heard::add);
        registration.remove();

        forecasting.forecast(FanId.random(), "d", show, 40);
        feed.publishChanges();

        assertThat(heard).isEmpty();
        assertThat(feed.listenerCount()).isEqualTo(before);
    }

    @Test
    void changes_are_recorded_as_history_points() {
        long show = TestShows.open(jdbc).id();
        forecasting.forecast(FanId.random(), "e", show, 60);
        feed.publishChanges();

        List<CrowdOddsPoint> history = crowd.history(show);

        assertThat(history).hasSize(1);
        assertThat(history.getFirst().median()).isEqualTo(60);
        assertThat(history.getFirst().forecasters()).isEqualTo(1);
    }

    @Test
    void a_point_that_cannot_be_written_does_not_stop_the_live_updates_of_other_shows() {
        long gone = TestShows.open(jdbc).id();
        long live = TestShows.open(jdbc).id();
        List<CrowdOdds> heard = new CopyOnWriteArrayList<>();
        var registration = feed.subscribe(live, heard::add);
        try {
            forecasting.forecast(FanId.random(), "f", gone, 10);
            forecasting.forecast(FanId.random(), "f", live, 90);
            // The first show disappears before its point is written: the insert will fail.
            jdbc.sql("DELETE FROM crowd_odds_point WHERE show_id = :id").param("id", gone).update();
            jdbc.sql("DELETE FROM forecast_history WHERE show_id = :id").param("id", gone).update();
            jdbc.sql("DELETE FROM forecast WHERE show_id = :id").param("id", gone).update();
            jdbc.sql("DELETE FROM shows WHERE id = :id").param("id", gone).update();

            feed.publishChanges();

            assertThat(heard).singleElement().satisfies(odds -> assertThat(odds.median()).isEqualTo(90));
            assertThat(crowd.history(live)).hasSize(1);
        } finally {
            registration.remove();
        }
    }

    @Test
    void a_long_history_is_shown_as_the_last_point_of_each_day() {
        long show = TestShows.open(jdbc).id();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3 * 200; i++) {
            Instant at = start.plus(i * 7, ChronoUnit.MINUTES);
            jdbc.sql("INSERT INTO crowd_odds_point (show_id, recorded_at, median, lower_quartile, upper_quartile,"
                            + " forecasters) VALUES (:show, :at, :m, :m, :m, :n)")
                    .param("show", show).param("at", at.atOffset(ZoneOffset.UTC)).param("m", i % 100)
                    .param("n", i + 1).update();
        }

        List<CrowdOddsPoint> daily = crowd.history(show);

        // 600 points every 7 minutes span 1 Jan to 3 Jan: one point per day, each the day's last.
        assertThat(daily).hasSize(3);
        assertThat(daily.getLast().forecasters()).isEqualTo(600);
        assertThat(daily).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    }
}
