package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.audit.AuditLog;
import app.encore.fan.FanId;
import app.encore.support.TestShows;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@ExtendWith(TestShows.class)
@SpringBootTest
class CrowdDiscountsTest {

    @Autowired
    Forecasting forecasting;

    @Autowired
    CrowdOddsService crowd;

    @Autowired
    CrowdDiscounts discounts;

    @Autowired
    ForecastPaths paths;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private TestShows.Created show;
    private final String puppeteer = "203.0.113." + (int) (Math.random() * 250);

    @BeforeEach
    void twentyHonestFansThenTwentyPuppets() {
        show = TestShows.open(jdbc);
        for (int i = 0; i < SockPuppetBenchmark.HONEST.size(); i++) {
            forecasting.forecast(FanId.random(), "honest-" + UUID.randomUUID(), show.id(), SockPuppetBenchmark.HONEST.get(i));
        }
        for (int i = 0; i < 20; i++) {
            forecasting.forecast(FanId.random(), puppeteer, show.id(), 97);
        }
    }

    private String puppetCohort() {
        return jdbc.sql("SELECT o.cohort FROM fan_origin o JOIN forecast f ON f.fan_id = o.fan_id"
                        + " WHERE f.show_id = :show AND f.probability = 97 GROUP BY o.cohort")
                .param("show", show.id()).query(String.class).single();
    }

    @Test
    void twenty_new_fans_from_one_address_form_one_cohort_and_weigh_as_one_fan() {
        CrowdOdds odds = crowd.odds(show.id());

        assertThat(puppetCohort()).startsWith("a:").doesNotContain(puppeteer);
        assertThat(odds.forecasters()).isEqualTo(40);
        assertThat(odds.median()).as("20 honest fans said 34 %%; twenty puppets weigh as one fan").isBetween(34, 41);
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void staff_see_the_burst_discount_it_with_a_reason_and_count_it_again_each_step_audited() {
        var burst = discounts.bursts(Instant.now().minusSeconds(3600)).stream()
                .filter(found -> found.cohort().equals(puppetCohort())).findFirst().orElseThrow();
        assertThat(burst.newFans()).isEqualTo(20);
        assertThat(burst.showIds()).containsExactly(show.id());
        assertThat(burst.discounted()).isFalse();
        CrowdOdds withPuppets = crowd.odds(show.id());

        discounts.discount(burst.cohort(), "Twenty fresh browsers in a minute");

        CrowdOdds discounted = crowd.odds(show.id());
        assertThat(discounted.forecasters()).isEqualTo(20);
        assertThat(discounted.median()).isEqualTo(34);
        assertThat(forecasting.currentForecast(FanId.random(), show.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM forecast WHERE show_id = :show AND probability = 97")
                .param("show", show.id()).query(Integer.class).single()).as("the fans keep their votes").isEqualTo(20);
        assertThat(audit.search(burst.cohort(), 0, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("crowd.discounted");
            assertThat(entry.actor()).isEqualTo("mina");
        });

        discounts.restore(burst.cohort(), "It was a watch party after all");

        assertThat(crowd.odds(show.id())).isEqualTo(withPuppets);
        assertThat(audit.search(burst.cohort(), 0, 10)).anySatisfy(entry ->
                assertThat(entry.action()).isEqualTo("crowd.restored"));
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void a_discount_needs_a_reason() {
        assertThatThrownBy(() -> discounts.discount(puppetCohort(), "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(crowd.odds(show.id()).forecasters()).isEqualTo(40);
    }

    @Test
    @WithMockUser(username = "mina", roles = "MODERATOR")
    void replaying_the_history_for_scoring_applies_a_discount_from_its_moment_as_the_live_odds_did() throws Exception {
        discounts.discount(puppetCohort(), "One person");
        Thread.sleep(5);

        var replayed = paths.crowdBefore(show.id(), Instant.now().plusSeconds(1));

        CrowdOdds live = crowd.odds(show.id());
        assertThat(replayed.getLast().median()).isEqualTo(live.median());
        assertThat(replayed.getLast().forecasters()).isEqualTo(20);
    }

    @Test
    void fans_cannot_discount_or_see_bursts() {
        assertThatThrownBy(() -> discounts.bursts(Instant.now().minusSeconds(3600)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> discounts.discount(puppetCohort(), "I do not like them"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
