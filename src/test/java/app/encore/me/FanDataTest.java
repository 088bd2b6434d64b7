package app.encore.me;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Everything Encore holds about a fan, as their page shows it and their download has it. */
@ExtendWith(TestShows.class)
@SpringBootTest
class FanDataTest {

    @Autowired
    FanData data;

    @Autowired
    Forecasting forecasting;

    @Autowired
    Rumors rumors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_download_holds_the_fan_s_current_odds_every_change_and_their_rumors_with_their_state() {
        TestShows.Created first = TestShows.open(jdbc);
        TestShows.Created second = TestShows.open(jdbc);
        FanId fan = FanId.random();
        forecasting.forecast(fan, "me-test", first.id(), 30);
        forecasting.forecast(fan, "me-test", second.id(), 55);
        forecasting.forecast(fan, "me-test", first.id(), 70);
        rumors.submit(fan, first.id(), new RumorDraft("A second season is being written, says a source", null,
                "https://press.example/written", SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                ProofOfWorkSolver.solve(rumors.challenge()));
        forecasting.forecast(FanId.random(), "me-test-other", first.id(), 10);

        FanData.Everything everything = data.of(fan);

        assertThat(everything.fanId()).isEqualTo(fan.value().toString());
        assertThat(everything.forecasts()).extracting(FanData.ShowForecast::show, FanData.ShowForecast::probability)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.slug(), 70),
                        org.assertj.core.groups.Tuple.tuple(second.slug(), 55));
        assertThat(everything.forecastHistory()).extracting(FanData.ShowForecast::probability)
                .containsExactly(30, 55, 70);
        assertThat(everything.rumors()).singleElement().satisfies(rumor -> {
            assertThat(rumor.headline()).startsWith("A second season is being written");
            assertThat(rumor.state()).isEqualTo("PENDING");
        });
        String json = new String(data.json(fan), StandardCharsets.UTF_8);
        assertThat(json).contains(fan.value().toString(), first.slug(), "\"probability\" : 70", "\"firstVoteCohort\"",
                "\"passkeys\" : [ ]").doesNotContain("me-test-other");
        assertThat(everything.firstVoteCohort()).as("a digest and a day, never the address").startsWith("a:")
                .doesNotContain("me-test");
    }

    @Test
    void a_fan_who_never_voted_has_nothing_but_their_id() {
        FanId fan = FanId.random();
        FanData.Everything everything = data.of(fan);
        assertThat(everything.forecasts()).isEmpty();
        assertThat(everything.forecastHistory()).isEmpty();
        assertThat(everything.rumors()).isEmpty();
        assertThat(everything.displayName()).isNull();
    }
}
