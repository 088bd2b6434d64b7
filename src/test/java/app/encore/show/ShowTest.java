package app.encore.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShowTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void a_new_show_starts_unannounced_with_its_facts_trimmed() {
        Show show = Show.builder("crash-landing-on-you", "  Crash Landing on You ")
                .nativeTitle(" 사랑의 불시착 ")
                .network("")
                .create(NOW);

        assertThat(show.title()).isEqualTo("Crash Landing on You");
        assertThat(show.nativeTitle()).isEqualTo("사랑의 불시착");
        assertThat(show.network()).isNull();
        assertThat(show.officialStatus()).isEqualTo(OfficialStatus.UNANNOUNCED);
        assertThat(show.officialStatus().isOpen()).isTrue();
        assertThat(show.createdAt()).isEqualTo(NOW);
    }

    @Test
    void a_slug_must_be_lowercase_words_joined_by_hyphens() {
        for (String bad : new String[] {"", "Crash", "crash landing", "crash--landing", "-crash", "crash/landing"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Show.builder(bad, "Title").create(NOW));
        }
        assertThat(Show.builder("moon-lovers-2016", "Moon Lovers").create(NOW).slug()).isEqualTo("moon-lovers-2016");
    }

    @Test
    void a_blank_title_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Show.builder("x", "  ").create(NOW));
    }

    @Test
    void the_last_episode_cannot_air_before_the_first() {
        assertThatIllegalArgumentException().isThrownBy(() -> Show.builder("x", "X")
                .aired(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)).create(NOW));
    }

    @Test
    void a_show_has_at_least_one_episode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Show.builder("x", "X").episodes(0).create(NOW));
    }

    @Test
    void links_other_than_http_and_https_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Source("t", null, "javascript:alert(1)", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Source("t", null, "ftp://example.org/x", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Petition("p", null, "not a link", null));
        assertThat(new Source("t", null, "https://example.org/a", null).url()).isEqualTo("https://example.org/a");
    }

    @Test
    void a_rating_is_a_percentage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rating("Nielsen Korea", "avg", new BigDecimal("100.5")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Rating("Nielsen Korea", "avg", new BigDecimal("-1")));
    }

    @Test
    void a_renewal_is_only_recorded_with_its_source_and_time() {
        Show show = Show.builder("x", "X").create(NOW);

        assertThatIllegalArgumentException().isThrownBy(() -> show.announce(OfficialStatus.RENEWED, null, NOW));

        show.announce(OfficialStatus.RENEWED, new Source("tvN confirms season 2", null, "https://tvn.example/x", null), NOW);
        assertThat(show.officialStatus()).isEqualTo(OfficialStatus.RENEWED);
        assertThat(show.officialStatus().isOpen()).isFalse();
        assertThat(show.statusSource().title()).isEqualTo("tvN confirms season 2");
        assertThat(show.statusSource().url()).isEqualTo("https://tvn.example/x");
        assertThat(show.statusChangedAt()).isEqualTo(NOW);
    }
}
