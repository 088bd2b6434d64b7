package app.encore.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.forecast.CrowdOddsService;
import app.encore.forecast.ForecastPaths;
import app.encore.forecast.ForecastRefusedException;
import app.encore.forecast.Forecasting;
import app.encore.resolution.Resolutions;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fan downloads everything Encore holds about them and deletes it: their forecasts leave the crowd
 * odds at once, their cookie names nobody, and the history behind scores already published stays,
 * anonymised, so a question's record and its replay do not change.
 */
@ExtendWith(TestShows.class)
@SpringBootTest
class FanErasureTest {

    @Autowired
    Fans fans;

    @Autowired
    FanData data;

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    ForecastPaths paths;

    @Autowired
    Rumors rumors;

    @Autowired
    Resolutions resolutions;

    @Autowired
    ShowAdministration administration;

    @Autowired
    JdbcClient jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void the_export_holds_the_fan_s_votes_and_deleting_takes_them_out_of_the_crowd_odds() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        FanId other = FanId.random();
        forecasting.forecast(other, "elsewhere-" + UUID.randomUUID(), show.id(), 20);
        forecasting.forecast(fan, "home-" + UUID.randomUUID(), show.id(), 90);
        fans.setDisplayName(fan, "Leaving Fan");
        String cookie = fans.cookieValue(fan);
        assertThat(new String(data.json(fan))).contains("\"probability\" : 90").contains("Leaving Fan");
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(2);

        fans.delete(fan);

        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(1);
        assertThat(crowd.odds(show.id()).median()).isEqualTo(20);
        assertThat(fans.recognise(cookie)).as("the deleted fan's cookie names nobody").isEmpty();
        assertThat(fans.displayName(fan)).isEmpty();
        assertThat(data.of(fan).forecasts()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast_history WHERE fan_id = :fan").param("fan", fan.value())
                .query(Integer.class).single()).as("no history under their id").isZero();
        assertThatThrownBy(() -> forecasting.forecast(fan, "home", show.id(), 50))
                .as("an open page of theirs elsewhere cannot vote for them again")
                .isInstanceOfSatisfying(ForecastRefusedException.class, refused ->
                        assertThat(refused.reason()).isEqualTo(ForecastRefusedException.Reason.FAN_DELETED));
    }

    @Test
    void published_scores_stay_anonymised_and_the_replayed_crowd_does_not_change() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        FanId other = FanId.random();
        made(show, fan, 90, now.minus(Duration.ofDays(3)));
        made(show, other, 30, now.minus(Duration.ofDays(2)));
        Instant announced = now.minus(Duration.ofDays(1));
        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED,
                "The network's statement", "https://network.example/statement", announced));
        var crowdBefore = paths.crowdBefore(show.id(), announced);
        int scoresBefore = scores(show);

        fans.delete(fan);

        assertThat(paths.crowdBefore(show.id(), announced)).as("the crowd the question was scored on")
                .isEqualTo(crowdBefore);
        assertThat(scores(show)).as("published scores stay").isEqualTo(scoresBefore).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question_score WHERE fan_id = :fan").param("fan", fan.value())
                .query(Integer.class).single()).as("but no longer under their id").isZero();
    }

    @Test
    void a_deleted_fan_s_unpublished_rumors_go_and_the_fan_can_start_afresh_as_someone_new() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        rumors.submit(fan, show.id(), new RumorDraft("The cast was seen at a script reading", null,
                "https://press.example/reading", SourceKind.PRESS, LocalDate.now(ZoneOffset.UTC)),
                ProofOfWorkSolver.solve(rumors.challenge()));

        fans.delete(fan);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM rumor WHERE show_id = :show").param("show", show.id())
                .query(Integer.class).single()).isZero();
        FanId fresh = fans.newFan();
        assertThat(forecasting.forecast(fresh, "home-" + UUID.randomUUID(), show.id(), 60).probability()).isEqualTo(60);
    }

    @Test
    void a_fan_confirmed_deleted_again_in_another_tab_is_deleted_once_without_an_error() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        forecasting.forecast(fan, "home-" + UUID.randomUUID(), show.id(), 75);

        assertThat(fans.delete(fan)).isPresent();
        assertThat(fans.delete(fan)).as("the second tab's confirmation").isEmpty();

        assertThat(crowd.odds(show.id()).forecasters()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast_history WHERE show_id = :show AND probability IS NULL")
                .param("show", show.id()).query(Integer.class).single()).as("one departure recorded").isEqualTo(1);
    }

    private void made(TestShows.Created show, FanId fan, int probability, Instant at) {
        jdbc.sql("INSERT INTO forecast_history (show_id, fan_id, probability, made_at) VALUES (:show, :fan, :p, :at)")
                .param("show", show.id()).param("fan", fan.value()).param("p", probability)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO forecast (show_id, fan_id, probability, first_made_at, updated_at, version)"
                        + " VALUES (:show, :fan, :p, :at, :at, 0)")
                .param("show", show.id()).param("fan", fan.value()).param("p", probability)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    private int scores(TestShows.Created show) {
        return jdbc.sql("SELECT COUNT(*) FROM question_score s JOIN resolution r ON r.id = s.resolution_id"
                + " WHERE r.show_id = :show").param("show", show.id()).query(Integer.class).single();
    }
}
