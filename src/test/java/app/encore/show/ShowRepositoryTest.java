package app.encore.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ShowRepositoryTest {

    @Autowired
    ShowRepository shows;

    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void a_show_with_every_part_comes_back_exactly_as_saved() {
        Show saved = shows.save(fullShow("round-trip"));

        Show loaded = shows.findBySlug("round-trip").orElseThrow();

        assertThat(loaded.id()).isEqualTo(saved.id());
        assertThat(loaded.title()).isEqualTo("Round Trip");
        assertThat(loaded.nativeTitle()).isEqualTo("왕복");
        assertThat(loaded.network()).isEqualTo("tvN");
        assertThat(loaded.studio()).isEqualTo("Studio Dragon");
        assertThat(loaded.firstAired()).isEqualTo(LocalDate.of(2020, 6, 20));
        assertThat(loaded.lastAired()).isEqualTo(LocalDate.of(2020, 8, 9));
        assertThat(loaded.episodeCount()).isEqualTo(16);
        assertThat(loaded.synopsis()).isEqualTo("A story.");
        assertThat(loaded.createdAt()).isEqualTo(now);
        assertThat(loaded.platforms()).containsExactly(new Platform("Netflix"), new Platform("Viki"));
        assertThat(loaded.cast()).containsExactly(new CastMember("Kim Soo-hyun", "Moon Gang-tae"),
                new CastMember("Seo Yea-ji", "Ko Moon-young"), new CastMember("Extra", null));
        assertThat(loaded.ratings()).singleElement().satisfies(rating -> {
            assertThat(rating.agency()).isEqualTo("Nielsen Korea");
            assertThat(rating.percent()).isEqualByComparingTo("5.4");
        });
        assertThat(loaded.awards()).containsExactly(
                new Award("The Best International Shows of 2020", "The New York Times", 2020));
        assertThat(loaded.petitions()).containsExactly(
                new Petition("Renew it", "change.org", "https://www.change.org/p/renew", 12345));
        assertThat(loaded.sources()).containsExactly(
                new Source("An article", "Devdiscourse", "https://example.org/a", LocalDate.of(2020, 8, 27)));
        assertThat(loaded.officialStatus()).isEqualTo(OfficialStatus.RENEWED);
        assertThat(loaded.statusSource()).isEqualTo(new Source("tvN says yes", null, "https://example.org/yes", null));
        assertThat(loaded.statusChangedAt()).isEqualTo(now.plus(1, ChronoUnit.DAYS));
    }

    @Test
    void changing_a_saved_show_keeps_its_parts_in_order() {
        Show show = shows.save(fullShow("order-kept"));
        show.announce(OfficialStatus.CANCELLED, Source.titled("Studio: no more seasons"), now);
        shows.save(show);

        Show loaded = shows.findBySlug("order-kept").orElseThrow();
        assertThat(loaded.officialStatus()).isEqualTo(OfficialStatus.CANCELLED);
        assertThat(loaded.cast()).extracting(CastMember::actor).containsExactly("Kim Soo-hyun", "Seo Yea-ji", "Extra");
    }

    @Test
    void a_show_from_the_demo_catalogue_is_updated_in_place_when_saved() {
        Show goblin = shows.findBySlug("goblin").orElseThrow();
        long id = goblin.id();
        goblin.announce(OfficialStatus.CANCELLED, Source.titled("Studio: no more seasons"), now);

        shows.save(goblin);

        assertThat(shows.findBySlug("goblin").orElseThrow().id()).isEqualTo(id);
        assertThat(shows.findBySlug("goblin").orElseThrow().officialStatus()).isEqualTo(OfficialStatus.CANCELLED);
    }

    @Test
    void two_shows_cannot_share_a_slug() {
        shows.save(fullShow("taken"));

        assertThatThrownBy(() -> shows.save(fullShow("taken")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_schema_itself_refuses_a_renewal_without_a_source() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO shows (slug, title, official_status, created_at, version)
                VALUES ('unsourced', 'Unsourced', 'RENEWED', CURRENT_TIMESTAMP, 0)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_demo_catalogue_is_loaded_with_its_facts() {
        Show okay = shows.findBySlug("its-okay-to-not-be-okay").orElseThrow();
        assertThat(okay.episodeCount()).isEqualTo(16);
        assertThat(okay.network()).isEqualTo("tvN");
        assertThat(okay.ratings()).as("only an article without a link gives its rating: left out").isEmpty();
        // The article misspells the lead as "Kim So-Hyun"; the catalogue has the right name.
        assertThat(okay.cast()).extracting(CastMember::actor).contains("Kim Soo-hyun").doesNotContain("Kim So-Hyun");

        Show cloy = shows.findBySlug("crash-landing-on-you").orElseThrow();
        assertThat(cloy.cast()).first().isEqualTo(new CastMember("Hyun Bin", "Ri Jeong-hyeok"));
        assertThat(cloy.petitions()).singleElement().satisfies(p -> assertThat(p.site()).isEqualTo("change.org"));
        assertThat(cloy.officialStatus()).isEqualTo(OfficialStatus.UNANNOUNCED);

        assertThat(shows.findBySlug("romantic-doctor-teacher-kim").orElseThrow().officialStatus())
                .isEqualTo(OfficialStatus.RENEWED);
        assertThat(shows.findBySlug("hospital-playlist").orElseThrow().officialStatus())
                .isEqualTo(OfficialStatus.RENEWED);
        assertThat(shows.findBySlug("moon-lovers-scarlet-heart-ryeo").orElseThrow().officialStatus())
                .isEqualTo(OfficialStatus.UNANNOUNCED);
    }

    private Show fullShow(String slug) {
        Show show = Show.builder(slug, "Round Trip")
                .nativeTitle("왕복")
                .network("tvN")
                .studio("Studio Dragon")
                .aired(LocalDate.of(2020, 6, 20), LocalDate.of(2020, 8, 9))
                .episodes(16)
                .synopsis("A story.")
                .platform("Netflix")
                .platform("Viki")
                .cast("Kim Soo-hyun", "Moon Gang-tae")
                .cast("Seo Yea-ji", "Ko Moon-young")
                .cast("Extra", null)
                .rating(new Rating("Nielsen Korea", "nationwide average", new BigDecimal("5.40")))
                .award(new Award("The Best International Shows of 2020", "The New York Times", 2020))
                .petition(new Petition("Renew it", "change.org", "https://www.change.org/p/renew", 12345))
                .source(new Source("An article", "Devdiscourse", "https://example.org/a", LocalDate.of(2020, 8, 27)))
                .create(now);
        show.announce(OfficialStatus.RENEWED, new Source("tvN says yes", null, "https://example.org/yes", null),
                now.plus(1, ChronoUnit.DAYS));
        return show;
    }
}
