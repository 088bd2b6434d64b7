package app.encore.rumor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ui.AltchaWidget;
import app.encore.rumor.SourceKind;
import app.encore.support.HostileInput;
import app.encore.support.HostileInput.Entry;
import app.encore.support.HostileInput.Outcome;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table of hostile input ({@link HostileInput}) through a fan's rumor form, field by field: each
 * entry is refused beside its field and stays typed there, or is saved exactly and shown as text.
 */
@ExtendWith(TestShows.class)
@SpringBootTest(properties = HostileInput.PROPERTIES)
class RumorFormHostileInputTest extends SpringBrowserlessTest {

    static final String REFUSED = "This holds invisible control characters, often pasted along with text."
            + " Remove them and try again.";

    @Autowired
    JdbcClient jdbc;

    private TestShows.Created show;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show = TestShows.open(jdbc);
    }

    @Test
    void every_entry_in_a_headline_is_refused_beside_it_and_kept_or_saved_and_shown_as_text() {
        for (Entry entry : HostileInput.table()) {
            RumorsPanel panel = send(entry.text(), "Details as usual", "https://press.example/story");
            expect(panel, entry.inLine(), entry, "headline", panel.headline.isInvalid(), panel.headline.getErrorMessage(),
                    panel.headline.getValue());
        }
    }

    @Test
    void every_entry_in_the_details_is_refused_beside_them_and_kept_or_saved_and_shown_as_text() {
        for (Entry entry : HostileInput.table()) {
            RumorsPanel panel = send("A headline as usual", entry.text(), "https://press.example/story");
            expect(panel, entry.inText(), entry, "details", panel.details.isInvalid(), panel.details.getErrorMessage(),
                    panel.details.getValue());
        }
    }

    @Test
    void a_megabyte_in_any_field_is_refused_for_its_length_and_stays_typed() {
        RumorsPanel panel = send(HostileInput.MEGABYTE, HostileInput.MEGABYTE, "https://press.example/" + HostileInput.MEGABYTE);

        assertThat(panel.headline.getErrorMessage()).isEqualTo("Write 10 to 140 characters.");
        assertThat(panel.details.getErrorMessage()).isEqualTo("Keep the details under 2,000 characters.");
        assertThat(panel.sourceUrl.isInvalid()).isTrue();
        assertThat(panel.headline.getValue()).hasSize(1 << 20);
        assertThat(stored()).isZero();
    }

    @Test
    void a_source_in_capitals_is_saved_in_lower_case_and_links_that_are_no_web_page_are_refused() {
        for (var link : HostileInput.LINKS) {
            RumorsPanel panel = send("A headline as usual", null, link.get(0));
            assertThat(panel.sourceUrl.isInvalid()).as(link.get(0)).isFalse();
            assertThat(jdbc.sql("SELECT source_url FROM rumor WHERE show_id = :show ORDER BY id DESC")
                    .param("show", show.id()).query(String.class).list().getFirst()).isEqualTo(link.get(1));
        }
        int before = stored();
        for (String link : HostileInput.BAD_LINKS) {
            RumorsPanel panel = send("A headline as usual", null, link);
            assertThat(panel.sourceUrl.isInvalid()).as(link).isTrue();
            assertThat(panel.sourceUrl.getErrorMessage()).isEqualTo(
                    "Enter a full web address that starts with http:// or https://.");
            assertThat(panel.sourceUrl.getValue()).as("kept as typed").isEqualTo(link);
        }
        assertThat(stored()).isEqualTo(before);
    }

    private void expect(RumorsPanel panel, Outcome outcome, Entry entry, String column, boolean invalid, String message,
            String kept) {
        if (outcome == Outcome.REFUSED) {
            assertThat(invalid).as(entry + " refused in the " + column).isTrue();
            assertThat(message).as(entry.name()).isEqualTo(REFUSED);
            assertThat(kept).as(entry + " kept as typed").isEqualTo(entry.text());
            return;
        }
        assertThat(invalid).as(entry + " accepted in the " + column).isFalse();
        String saved = jdbc.sql("SELECT " + column + " FROM rumor WHERE show_id = :show ORDER BY id DESC")
                .param("show", show.id()).query(String.class).list().getFirst();
        assertThat(saved).as(entry + " saved exactly").isEqualTo(entry.text().strip());
        String list = panel.list.getElement().getProperty("innerHTML");
        HostileInput.assertInert(list, entry.name());
        if ("headline".equals(column)) {
            assertThat(org.jsoup.Jsoup.parseBodyFragment(list).text()).as(entry + " shown as text")
                    .contains(entry.text().strip().replaceAll("\\s+", " "));
        }
    }

    private RumorsPanel send(String headline, String details, String sourceUrl) {
        UI.getCurrent().navigate("shows/" + show.slug());
        RumorsPanel panel = $(RumorsPanel.class).single();
        test(panel.form).toggleContent();
        panel.headline.setValue(headline);
        if (details != null) {
            panel.details.setValue(details);
        }
        panel.sourceUrl.setValue(sourceUrl);
        panel.sourceKind.setValue(SourceKind.PRESS);
        AltchaWidget challenge = panel.formChallenge;
        String solved = ProofOfWorkSolver.solve(challenge.getElement().getAttribute("challengejson"));
        ComponentUtil.fireEvent(challenge, new AltchaWidget.StateChange(challenge, true, "verified", solved));
        test(panel.submit).click();
        return panel;
    }

    private int stored() {
        return jdbc.sql("SELECT COUNT(*) FROM rumor WHERE show_id = :show").param("show", show.id())
                .query(Integer.class).single();
    }
}
