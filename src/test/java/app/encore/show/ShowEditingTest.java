package app.encore.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.encore.audit.AuditLog;
import app.encore.fan.FanId;
import app.encore.forecast.Forecasting;
import app.encore.show.ShowFacts.AwardEntry;
import app.encore.show.ShowFacts.CastEntry;
import app.encore.show.ShowFacts.FieldChange;
import app.encore.show.ShowFacts.PetitionEntry;
import app.encore.show.ShowFacts.RatingEntry;
import app.encore.show.ShowFacts.SourceEntry;
import app.encore.support.TestShows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff add, edit, publish, hide and delete shows: checked as a whole, every change kept. */
@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "mina", roles = "MODERATOR")
class ShowEditingTest {

    @Autowired
    JdbcClient cleanupJdbc;

    @AfterEach
    void forgetTheShowsThisTestMade() {
        TestShows.madeWithSlugPrefix(cleanupJdbc, "counter-");
    }


    @Autowired
    ShowEditing editing;

    @Autowired
    ShowCatalog catalog;

    @Autowired
    AuditLog audit;

    @Autowired
    Forecasting forecasting;

    static ShowFacts everyField(String slug) {
        return new ShowFacts(slug, "The Uncanny Counter", "경이로운 소문", "OCN", "Studio Dragon",
                LocalDate.of(2020, 11, 28), LocalDate.of(2021, 1, 24), 16,
                "Demon hunters who pose as noodle-shop staff chase evil spirits.",
                List.of("Netflix", "TVING"),
                List.of(new CastEntry("Jo Byung-gyu", "So Mun"), new CastEntry("Yoo Jun-sang", "Ga Mo-tak")),
                List.of(new RatingEntry("Nielsen Korea", "Nationwide, final episode", new BigDecimal("11.14"))),
                List.of(new AwardEntry("Best New Actor", "Example Awards", 2021)),
                List.of(new PetitionEntry("Bring the counters back", "Change.org", "https://change.example/counters",
                        1200)),
                List.of(new SourceEntry("The Uncanny Counter", "Wikipedia",
                        "https://en.wikipedia.org/wiki/The_Uncanny_Counter", LocalDate.of(2024, 1, 5),
                        EnumSet.allOf(FactGroup.class))));
    }

    private static String slug() {
        return "counter-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_moderator_adds_a_show_with_every_field_as_a_draft_that_fans_cannot_find() {
        String slug = slug();
        long id = editing.create(everyField(slug));

        Show saved = editing.find(id).orElseThrow();
        assertThat(saved.visibility()).isEqualTo(Visibility.DRAFT);
        assertThat(ShowFacts.of(saved)).isEqualTo(everyField(slug));
        assertThat(catalog.findBySlug(slug)).as("a draft is not on the fans' side").isEmpty();
        assertThat(catalog.find(new ShowQuery("경이로운", null, null, null, ShowQuery.TITLE), 0, 10).cards())
                .noneMatch(card -> card.id() == id);
        assertThat(catalog.officialStatus(id)).as("nobody can vote on a draft").isEmpty();
        assertThat(editing.revisions(id)).singleElement().satisfies(revision -> {
            assertThat(revision.kind()).isEqualTo(ShowRevision.Kind.CREATED);
            assertThat(revision.editedBy()).isEqualTo("mina");
            assertThat(revision.changes()).extracting(FieldChange::field).contains("title", "cast", "sources");
        });
        assertThat(audit.search("show " + slug, 0, 10)).anyMatch(entry -> entry.action().equals("show.created"));
    }

    @Test
    void publishing_makes_the_show_findable_by_its_korean_title_and_open_to_votes() {
        String slug = slug();
        long id = editing.create(everyField(slug));

        editing.publish(id, editing.find(id).orElseThrow().version());

        assertThat(catalog.findBySlug(slug)).isPresent();
        assertThat(catalog.find(new ShowQuery("경이로운 소문", null, null, null, ShowQuery.TITLE), 0, 10).cards())
                .anyMatch(card -> card.id() == id);
        assertThat(forecasting.forecast(FanId.random(), "editing-test", id, 70).probability()).isEqualTo(70);
    }

    @Test
    void a_show_cannot_be_published_without_a_source_for_every_group_of_facts_it_has() {
        ShowFacts facts = everyField(slug());
        var onlyTitles = new ShowFacts(facts.slug(), facts.title(), facts.nativeTitle(), facts.network(), facts.studio(),
                facts.firstAired(), facts.lastAired(), facts.episodes(), facts.synopsis(), facts.platforms(),
                facts.cast(), facts.ratings(), facts.awards(), facts.petitions(),
                List.of(new SourceEntry("A press release", null, "https://tvn.example/a", null, Set.of(FactGroup.TITLES))));
        long id = editing.create(onlyTitles);

        assertThatThrownBy(() -> editing.publish(id, 0)).isInstanceOfSatisfying(InvalidShowException.class, invalid ->
                assertThat(invalid.problems().get("sources").args().getFirst().toString())
                        .contains("BROADCAST", "SYNOPSIS", "CAST", "RATINGS", "AWARDS", "PETITIONS")
                        .doesNotContain("TITLES"));
        assertThat(editing.find(id).orElseThrow().visibility()).isEqualTo(Visibility.DRAFT);

        var noSource = new ShowFacts(slug(), "Nothing sourced", null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        long bare = editing.create(noSource);
        assertThatThrownBy(() -> editing.publish(bare, 0)).isInstanceOfSatisfying(InvalidShowException.class,
                invalid -> assertThat(invalid.problems().get("sources").key()).isEqualTo("show-edit.error.no-source"));
    }

    @Test
    void a_source_without_a_link_is_refused_beside_its_link_and_its_quote_is_kept() {
        ShowFacts facts = everyField(slug());
        String words = "It aired on tvN from March 1 to April 6, 2021.";
        var unlinked = new ShowFacts(facts.slug(), facts.title(), facts.nativeTitle(), facts.network(), facts.studio(),
                facts.firstAired(), facts.lastAired(), facts.episodes(), facts.synopsis(), facts.platforms(),
                facts.cast(), facts.ratings(), facts.awards(), facts.petitions(),
                List.of(new SourceEntry("A press release", null, "  ", null, Set.of(FactGroup.BROADCAST), words)));

        assertThatThrownBy(() -> editing.create(unlinked)).isInstanceOfSatisfying(InvalidShowException.class,
                invalid -> assertThat(invalid.problems().get("sources[0].url").key())
                        .isEqualTo("show-edit.error.source-link"));

        var linked = new ShowFacts(unlinked.slug(), unlinked.title(), null, unlinked.network(), null, null, null, null,
                null, null, null, null, null, null,
                List.of(new SourceEntry("A press release", null, "HTTPS://TVN.example/a", null,
                        Set.of(FactGroup.TITLES, FactGroup.BROADCAST), words)));
        long id = editing.create(linked);
        assertThat(editing.find(id).orElseThrow().sources()).singleElement().satisfies(source -> {
            assertThat(source.url()).isEqualTo("https://tvn.example/a");
            assertThat(source.quote()).isEqualTo(words);
        });
    }

    @Test
    void every_problem_is_reported_by_field_at_once_and_nothing_is_saved() {
        var bad = new ShowFacts("Not A Slug", " ", null, null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1),
                0, null, List.of("Netflix", "netflix"), List.of(new CastEntry(null, "A role")),
                List.of(new RatingEntry("Nielsen", "Average", new BigDecimal("120"))),
                List.of(new AwardEntry("An award", null, 1800)),
                List.of(new PetitionEntry("Petition", null, "javascript:alert(1)", -1)),
                List.of(new SourceEntry("A source", null, "ftp://example.org/x", null, Set.of())));
        long before = editing.count(null);

        assertThatThrownBy(() -> editing.create(bad)).isInstanceOfSatisfying(InvalidShowException.class,
                invalid -> assertThat(invalid.problems()).containsOnlyKeys("slug", "title", "lastAired", "episodes",
                        "platforms[1]", "cast[0].actor", "ratings[0].percent", "awards[0].year", "petitions[0].url",
                        "petitions[0].signatures", "sources[0].url", "sources[0].covers"));
        assertThat(editing.count(null)).isEqualTo(before);
    }

    @Test
    void an_address_another_show_has_is_refused_beside_the_address() {
        String slug = slug();
        editing.create(everyField(slug));

        assertThatThrownBy(() -> editing.create(everyField(slug))).isInstanceOfSatisfying(InvalidShowException.class,
                invalid -> assertThat(invalid.problems().get("slug").key()).isEqualTo("show-edit.error.slug-taken"));
    }

    @Test
    void each_save_is_a_revision_naming_each_field_from_and_to_and_an_audit_entry() {
        String slug = slug();
        long id = editing.create(everyField(slug));
        ShowFacts facts = everyField(slug);
        var renamed = new ShowFacts(slug, "The Uncanny Counter (2020)", facts.nativeTitle(), facts.network(),
                facts.studio(), facts.firstAired(), facts.lastAired(), 17, facts.synopsis(), facts.platforms(),
                facts.cast(), facts.ratings(), facts.awards(), facts.petitions(), facts.sources());

        List<FieldChange> changes = editing.update(id, 0, renamed);

        assertThat(changes).containsExactly(
                new FieldChange("title", "The Uncanny Counter", "The Uncanny Counter (2020)"),
                new FieldChange("episodes", "16", "17"));
        assertThat(editing.revisions(id).getFirst().changes()).isEqualTo(changes);
        assertThat(editing.update(id, 1, renamed)).as("saving the same again changes nothing").isEmpty();
        assertThat(editing.revisions(id)).hasSize(2);
        assertThat(audit.search("show " + slug, 0, 10)).anyMatch(entry -> entry.action().equals("show.edited"));
    }

    @Test
    void a_save_from_a_version_someone_else_saved_over_is_refused_and_names_who_saved() {
        String slug = slug();
        long id = editing.create(everyField(slug));
        editing.update(id, 0, withTitle(slug, "Saved first"));

        assertThatThrownBy(() -> editing.update(id, 0, withTitle(slug, "Saved second")))
                .isInstanceOfSatisfying(ShowEditConflictException.class, conflict -> {
                    assertThat(conflict.latest()).isNotNull();
                    assertThat(conflict.latest().editedBy()).isEqualTo("mina");
                });
        assertThat(editing.find(id).orElseThrow().title()).isEqualTo("Saved first");
    }

    @Test
    void hiding_a_show_takes_it_off_the_list_and_keeps_its_forecasts() {
        String slug = slug();
        long id = editing.create(everyField(slug));
        editing.publish(id, 0);
        forecasting.forecast(FanId.random(), "editing-test", id, 40);

        editing.hide(id, 1, "A duplicate of another entry");

        assertThat(catalog.findBySlug(slug)).isEmpty();
        assertThat(editing.find(id).orElseThrow().visibility()).isEqualTo(Visibility.HIDDEN);
        assertThat(editing.revisions(id).getFirst().kind()).isEqualTo(ShowRevision.Kind.HIDDEN);
        editing.publish(id, 2);
        assertThat(catalog.findBySlug(slug)).as("published again").isPresent();
    }

    @Test
    void a_moderator_cannot_delete_a_show() {
        long id = editing.create(everyField(slug()));
        assertThatThrownBy(() -> editing.delete(id, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "root", roles = {"ADMIN", "MODERATOR"})
    void an_admin_deletes_a_draft_nobody_used_but_not_a_show_fans_forecast() {
        long unused = editing.create(everyField(slug()));
        assertThat(editing.delete(unused, 0)).isTrue();
        assertThat(editing.find(unused)).isEmpty();

        long used = editing.create(everyField(slug()));
        editing.publish(used, 0);
        forecasting.forecast(FanId.random(), "editing-test", used, 55);
        assertThat(editing.delete(used, 1)).isFalse();
        assertThat(editing.find(used)).isPresent();
    }

    @Test
    void a_proposed_address_is_the_title_s_letters_and_digits_joined_by_hyphens() {
        assertThat(ShowRules.proposeSlug("It's Okay to Not Be Okay")).isEqualTo("its-okay-to-not-be-okay");
        assertThat(ShowRules.proposeSlug("Twenty-Five Twenty-One")).isEqualTo("twenty-five-twenty-one");
        assertThat(ShowRules.proposeSlug("Crème Brûlée 2")).isEqualTo("creme-brulee-2");
        assertThat(ShowRules.proposeSlug("경이로운 소문")).as("staff type one then").isEmpty();
    }

    private static ShowFacts withTitle(String slug, String title) {
        ShowFacts facts = everyField(slug);
        return new ShowFacts(slug, title, facts.nativeTitle(), facts.network(), facts.studio(), facts.firstAired(),
                facts.lastAired(), facts.episodes(), facts.synopsis(), facts.platforms(), facts.cast(), facts.ratings(),
                facts.awards(), facts.petitions(), facts.sources());
    }
}
