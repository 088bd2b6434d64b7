package app.encore.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.encore.audit.AuditLog;
import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.scoring.Outcome;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.show.ShowCatalog;
import app.encore.support.SignedIn;
import app.encore.support.TestShows;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Questions resolve when an admin records the network's word, as of the announcement time; every
 * fan who forecast before it is scored; a withdrawn status annuls it all without deleting anything.
 * Forecast histories are written as they would have been made, days ago.
 */
@ExtendWith(TestShows.class)
@SpringBootTest
class ResolutionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShowAdministration administration;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    Resolutions resolutions;

    @Autowired
    Leaderboard leaderboard;

    @Autowired
    CrowdRecord record;

    @Autowired
    BaseRates baseRates;

    @Autowired
    Fans fans;

    @Autowired
    AuditLog audit;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void a_renewal_scores_every_fan_on_their_forecasts_before_the_announcement() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId sure = FanId.random();
        FanId doubtful = FanId.random();
        Instant announced = now.minus(Duration.ofHours(2));
        made(show, sure, 80, now.minus(Duration.ofDays(3)));
        made(show, doubtful, 20, now.minus(Duration.ofDays(2)));
        made(show, sure, 100, now.minus(Duration.ofHours(1)));

        resolve(show, OfficialStatus.RENEWED, announced);

        Resolution resolution = resolutions.current(show.id()).orElseThrow();
        assertThat(resolution.outcome()).isEqualTo(Outcome.YES);
        assertThat(resolution.announcedAt()).isEqualTo(announced);
        assertThat(resolution.forecasters()).isEqualTo(2);
        assertThat(resolution.openedAt()).isEqualTo(now.minus(Duration.ofDays(3)));
        assertThat(resolution.crowdLast()).isNotNull();

        FanScore sureScore = resolutions.score(sure, show.id()).orElseThrow();
        FanScore doubtfulScore = resolutions.score(doubtful, show.id()).orElseThrow();
        assertThat(sureScore.finalForecast()).as("the 100 % made after the announcement does not count").isEqualTo(80);
        assertThat(sureScore.fanBrier()).isCloseTo(0.04, within(1e-9));
        assertThat(doubtfulScore.fanBrier()).isCloseTo(0.64, within(1e-9));
        assertThat(sureScore.coverage()).isCloseTo(1.0, within(1e-9));
        assertThat(doubtfulScore.coverage()).as("a day of three lost").isCloseTo(46.0 / 70, within(1e-9));
        assertThat(sureScore.relative()).as("80 % beat the crowd on a YES").isNegative();
        assertThat(doubtfulScore.relative()).as("20 % lost to it").isPositive();
        assertThat(auditOf(show)).extracting(entry -> entry.action())
                .contains("show.status", "question.resolved");
    }

    @Test
    void a_forecast_made_at_the_exact_second_of_the_announcement_does_not_count() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        Instant announced = now.minus(Duration.ofDays(1));
        made(show, fan, 40, now.minus(Duration.ofDays(2)));
        made(show, fan, 100, announced);

        resolve(show, OfficialStatus.RENEWED, announced);

        FanScore score = resolutions.score(fan, show.id()).orElseThrow();
        assertThat(score.finalForecast()).isEqualTo(40);
        assertThat(score.fanBrier()).isCloseTo(0.36, within(1e-9));
        assertThat(score.relative()).as("alone, the fan is the crowd").isCloseTo(0, within(1e-9));
    }

    @Test
    void a_lone_forecaster_who_changed_their_mind_within_a_minute_scores_exactly_as_the_crowd_they_were() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        Instant announced = now.minus(Duration.ofHours(1));
        Instant first = announced.minus(Duration.ofHours(10));
        made(show, fan, 60, first);
        made(show, fan, 80, first.plusSeconds(20));
        made(show, fan, 60, first.plusSeconds(40));

        resolve(show, OfficialStatus.RENEWED, announced);

        FanScore score = resolutions.score(fan, show.id()).orElseThrow();
        Resolution resolution = resolutions.current(show.id()).orElseThrow();
        // By hand: 20 s at 60 %, 20 s at 80 %, the rest of 10 hours at 60 %, on a YES.
        double seconds = 10 * 3600;
        double brier = (20 * 0.16 + 20 * 0.04 + (seconds - 40) * 0.16) / seconds;
        assertThat(score.fanBrier()).isCloseTo(brier, within(1e-12));
        assertThat(score.crowdBrier()).as("the crowd was this fan").isEqualTo(score.fanBrier());
        assertThat(score.relative()).as("exactly 0, not a rounding away from it").isZero();
        assertThat(resolution.crowdBrier()).as("the crowd's Brier on the page is the one the fan is compared with")
                .isEqualTo(score.crowdBrier());
    }

    @Test
    void the_crowd_brier_on_the_page_and_the_one_behind_a_score_agree_on_a_hand_worked_question() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId a = FanId.random();
        FanId b = FanId.random();
        Instant opened = now.minus(Duration.ofDays(4));
        Instant announced = opened.plus(Duration.ofDays(4));
        made(show, a, 20, opened);
        made(show, b, 80, opened.plus(Duration.ofDays(2)));

        resolve(show, OfficialStatus.CANCELLED, announced);

        // Two days of A alone at 20 % (0.04 on a NO), then the crowd of two; its median lies between.
        Resolution resolution = resolutions.current(show.id()).orElseThrow();
        FanScore early = resolutions.score(a, show.id()).orElseThrow();
        FanScore late = resolutions.score(b, show.id()).orElseThrow();
        assertThat(early.crowdBrier()).as("A forecast the whole life: the same period as the page's")
                .isCloseTo(resolution.crowdBrier(), within(1e-12));
        double crowdOfTwo = (2 * late.crowdBrier() + 2 * 0.04) / 4;
        assertThat(resolution.crowdBrier()).as("two days at 0.04, then two at the crowd B was compared with")
                .isCloseTo(crowdOfTwo, within(1e-12));
    }

    @Test
    void an_ending_resolves_no_and_a_fan_who_forecast_only_afterwards_is_not_scored() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId early = FanId.random();
        FanId late = FanId.random();
        Instant announced = now.minus(Duration.ofHours(5));
        made(show, early, 10, now.minus(Duration.ofDays(4)));
        made(show, late, 90, now.minus(Duration.ofHours(4)));

        resolve(show, OfficialStatus.CANCELLED, announced);

        assertThat(resolutions.current(show.id()).orElseThrow().outcome()).isEqualTo(Outcome.NO);
        assertThat(resolutions.score(early, show.id()).orElseThrow().fanBrier()).isCloseTo(0.01, within(1e-9));
        assertThat(resolutions.score(late, show.id())).isEmpty();
        assertThat(resolutions.current(show.id()).orElseThrow().forecasters()).isEqualTo(1);
    }

    @Test
    void withdrawing_a_status_annuls_its_resolution_reopens_the_question_and_withdraws_the_scores() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        made(show, fan, 70, now.minus(Duration.ofDays(2)));
        resolve(show, OfficialStatus.RENEWED, now.minus(Duration.ofDays(1)));
        long first = resolutions.current(show.id()).orElseThrow().id();

        SignedIn.asAdmin(() -> administration.withdrawStatus(show.id(), "The source was a fan account"));

        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.UNANNOUNCED);
        assertThat(resolutions.current(show.id())).isEmpty();
        assertThat(resolutions.score(fan, show.id())).as("scores withdrawn").isEmpty();
        assertThat(resolutions.all(show.id())).singleElement().satisfies(annulled -> {
            assertThat(annulled.id()).as("kept, not deleted").isEqualTo(first);
            assertThat(annulled.counts()).isFalse();
            assertThat(annulled.annulment().reason()).isEqualTo("The source was a fan account");
            assertThat(annulled.annulment().by()).isEqualTo("test-admin");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question_score WHERE resolution_id = :id").param("id", first)
                .query(Integer.class).single()).as("the scores stay, no longer counted").isEqualTo(1);
        assertThat(auditOf(show)).extracting(entry -> entry.action())
                .contains("show.status-withdrawn", "question.annulled");
        SignedIn.asAdmin(() -> assertThat(administration.history(show.id()).getFirst().note())
                .isEqualTo("The source was a fan account"));

        resolve(show, OfficialStatus.CANCELLED, now.minus(Duration.ofHours(3)));

        assertThat(resolutions.all(show.id())).hasSize(2);
        assertThat(resolutions.current(show.id()).orElseThrow().outcome()).isEqualTo(Outcome.NO);
        assertThat(resolutions.score(fan, show.id()).orElseThrow().fanBrier()).isCloseTo(0.49, within(1e-9));
    }

    @Test
    void a_corrected_announcement_replaces_the_resolution_in_force() {
        TestShows.Created show = TestShows.open(jdbc);
        FanId fan = FanId.random();
        made(show, fan, 30, now.minus(Duration.ofDays(3)));
        made(show, fan, 60, now.minus(Duration.ofDays(1)));
        resolve(show, OfficialStatus.RENEWED, now.minus(Duration.ofHours(1)));

        resolve(show, OfficialStatus.RENEWED, now.minus(Duration.ofDays(2)));

        assertThat(resolutions.all(show.id())).hasSize(2).filteredOn(Resolution::counts).singleElement()
                .satisfies(current -> assertThat(current.announcedAt()).isEqualTo(now.minus(Duration.ofDays(2))));
        assertThat(resolutions.score(fan, show.id()).orElseThrow().finalForecast())
                .as("the earlier announcement leaves out the later forecast").isEqualTo(30);
    }

    @Test
    void an_announcement_in_the_future_and_a_withdrawal_without_reason_are_refused_and_change_nothing() {
        TestShows.Created show = TestShows.open(jdbc);

        SignedIn.asAdmin(() -> {
            assertThatThrownBy(() -> administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED, "tvN",
                    "https://tvn.example", Instant.now().plus(Duration.ofHours(1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("announcedAt");
            assertThatThrownBy(() -> administration.withdrawStatus(show.id(), "nothing to withdraw"))
                    .isInstanceOf(IllegalStateException.class);
            administration.setOfficialStatus(show.id(), OfficialStatus.RENEWED, "tvN", "https://tvn.example");
            assertThatThrownBy(() -> administration.withdrawStatus(show.id(), "  "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("reason");
        });

        assertThat(catalog.officialStatus(show.id())).contains(OfficialStatus.RENEWED);
        assertThat(resolutions.all(show.id())).hasSize(1);
    }

    @Test
    void the_leaderboard_ranks_only_fans_with_enough_questions_and_shows_equal_scores_as_ties() {
        FanId best = named("Best Forecaster");
        FanId twinA = named("Twin A");
        FanId twinB = named("Twin B");
        FanId newcomer = named("Newcomer");
        FanId nameless = FanId.random();
        for (int question = 0; question < 3; question++) {
            TestShows.Created show = TestShows.open(jdbc);
            Instant opened = now.minus(Duration.ofDays(10));
            made(show, twinA, 50, opened);
            made(show, twinB, 50, opened);
            made(show, best, 95, opened.plus(Duration.ofHours(1)));
            made(show, nameless, 99, opened.plus(Duration.ofHours(2)));
            if (question < 2) {
                made(show, newcomer, 99, opened.plus(Duration.ofHours(3)));
            }
            resolve(show, OfficialStatus.RENEWED, now.minus(Duration.ofDays(1)));
        }

        Leaderboard.Standings standings = leaderboard.standings();

        assertThat(standings.minimumQuestions()).isEqualTo(3);
        List<Leaderboard.Standing> mine = standings.ranked().stream()
                .filter(s -> List.of(best, twinA, twinB, newcomer, nameless).contains(s.fan())).toList();
        assertThat(mine).extracting(Leaderboard.Standing::displayName)
                .as("the newcomer has two questions, the nameless fan no name")
                .containsExactly("Best Forecaster", "Twin A", "Twin B");
        assertThat(mine.get(0).rank()).isLessThan(mine.get(1).rank());
        assertThat(mine.get(1).rank()).isEqualTo(mine.get(2).rank());
        assertThat(mine.get(1).tied()).isTrue();
        assertThat(mine.get(2).tied()).isTrue();
        assertThat(mine.get(0).tied()).isFalse();
        assertThat(mine.get(0).questions()).isEqualTo(3);
        assertThat(standings.unranked()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void scores_are_compared_as_shown_to_three_decimals() {
        assertThat(Leaderboard.shown(-0.1234)).isEqualTo(Leaderboard.shown(-0.1231)).isEqualTo(-123);
        assertThat(Leaderboard.shown(-0.1236)).isEqualTo(-124);
        assertThat(Leaderboard.shown(0.0005)).as("halves round away from zero, as shown").isEqualTo(1);
    }

    @Test
    void the_crowds_record_sets_its_brier_beside_the_base_rate_and_the_coin() {
        TestShows.Created show = TestShows.open(jdbc);
        made(show, FanId.random(), 90, now.minus(Duration.ofDays(5)));
        resolve(show, OfficialStatus.RENEWED, now.minus(Duration.ofDays(1)));

        CrowdRecord.Summary summary = record.summary();

        assertThat(summary.resolved()).isGreaterThanOrEqualTo(1);
        assertThat(summary.scored()).isGreaterThanOrEqualTo(1);
        assertThat(summary.coinBrier()).hasValue(0.25);
        BaseRates.BaseRate seeded = baseRates.seeded();
        double rate = (double) seeded.renewed() / seeded.total();
        assertThat(summary.baseRate()).isCloseTo(rate, within(1e-9));
        assertThat(summary.calibration()).hasSize(10);
        if (summary.scored() == 1) {
            assertThat(summary.crowdBrier().getAsDouble()).isCloseTo(0.01, within(1e-9));
            assertThat(summary.baseRateBrier().getAsDouble()).isCloseTo((rate - 1) * (rate - 1), within(1e-9));
            assertThat(summary.calibration().get(9).weight()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void base_rates_count_the_seeded_dramas_and_the_catalogue_and_say_when_there_are_too_few() {
        List<BaseRates.KnownDrama> known = baseRates.known();
        assertThat(known).extracting(BaseRates.KnownDrama::title).contains("Squid Game", "Descendants of the Sun")
                .doesNotHaveDuplicates();
        assertThat(known).filteredOn(drama -> drama.slug() == null)
                .allSatisfy(drama -> assertThat(drama.sourceUrl()).startsWith("https://"));

        List<BaseRates.BaseRate> rates = baseRates.forShow("tvN", List.of("Netflix"));

        assertThat(rates).extracting(BaseRates.BaseRate::group).containsExactly(BaseRates.Group.NETWORK_AND_PLATFORM,
                BaseRates.Group.NETWORK, BaseRates.Group.PLATFORM, BaseRates.Group.ALL);
        assertThat(rates.getLast().total()).isEqualTo(known.size());
        assertThat(rates.get(1).total()).isEqualTo((int) known.stream().filter(d -> "tvN".equals(d.network())).count());
        assertThat(baseRates.forShow("OCN", List.of()).getFirst())
                .satisfies(ocn -> assertThat(ocn.tooFew()).as("two OCN dramas are too few").isTrue());
    }

    @Test
    void rates_are_counted_by_network_platform_and_both() {
        List<BaseRates.KnownDrama> known = List.of(
                drama("A", "tvN", "Netflix", true), drama("B", "tvN", "Netflix", false), drama("C", "tvN", null, false),
                drama("D", "SBS", "Netflix", true), drama("E", null, "Netflix, Disney+", true));

        List<BaseRates.BaseRate> rates = BaseRates.ratesOf(known, "tvN", List.of("Netflix"));

        assertThat(rates).extracting(r -> r.label() + " " + r.renewed() + "/" + r.total())
                .containsExactly("tvN + Netflix 1/2", "tvN 1/3", "Netflix 3/4", " 3/5");
        assertThat(rates.get(2).percent()).isEqualTo(75);
        assertThat(rates).allSatisfy(rate -> assertThat(rate.tooFew()).isEqualTo(rate.total() < 5));
    }

    private static BaseRates.KnownDrama drama(String title, String network, String platform, boolean renewed) {
        return new BaseRates.KnownDrama(title, network, platform, renewed, "test", "https://example.org", null);
    }

    private List<app.encore.audit.AuditEntry> auditOf(TestShows.Created show) {
        List<List<app.encore.audit.AuditEntry>> found = new java.util.ArrayList<>();
        SignedIn.asAdmin(() -> found.add(audit.search("show " + show.slug(), 0, 10)));
        return found.getFirst();
    }

    private FanId named(String name) {
        FanId fan = FanId.random();
        fans.setDisplayName(fan, name);
        return fan;
    }

    private void made(TestShows.Created show, FanId fan, int probability, Instant at) {
        jdbc.sql("INSERT INTO forecast_history (show_id, fan_id, probability, made_at) VALUES (:show, :fan, :p, :at)")
                .param("show", show.id()).param("fan", fan.value()).param("p", probability)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    private void resolve(TestShows.Created show, OfficialStatus status, Instant announced) {
        SignedIn.asAdmin(() -> administration.setOfficialStatus(show.id(), status, "The network's statement",
                "https://network.example/statement", announced));
    }
}
