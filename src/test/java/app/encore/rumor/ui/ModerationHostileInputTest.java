package app.encore.rumor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.rumor.Moderation;
import app.encore.rumor.ModerationState;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.rumor.Verdict;
import app.encore.support.HostileInput;
import app.encore.support.HostileInput.Entry;
import app.encore.support.HostileInput.Outcome;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The table of hostile input ({@link HostileInput}) through what a moderator types: a verdict's note
 * and a rejection's reason are refused beside their field and kept, or saved exactly.
 */
@ExtendWith(TestShows.class)
@SpringBootTest(properties = HostileInput.PROPERTIES)
@WithMockUser(username = "mina", roles = "MODERATOR")
class ModerationHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    Rumors rumors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Moderation moderation;

    private long show;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show = TestShows.open(jdbc).id();
    }

    private RumorItem submitted() {
        return rumors.submit(FanId.random(), show, new RumorDraft("A claim to moderate", null, "https://press.example/claim",
                SourceKind.PRESS, LocalDate.of(2026, 11, 1)), ProofOfWorkSolver.solve(rumors.challenge()));
    }

    private ModerationView open(ModerationState showing, RumorItem item) {
        UI.getCurrent().navigate("admin/moderation");
        ModerationView view = (ModerationView) getCurrentView();
        view.showing.setValue(showing);
        view.reload(); // navigating to the route it shows keeps the view, and its list, as it was
        view.grid.select(view.grid.getListDataView().getItems().filter(row -> row.id() == item.id()).findFirst()
                .orElseThrow());
        assertThat(view.selectedIds()).containsExactly(item.id());
        return view;
    }

    @Test
    void every_entry_as_a_rejection_reason_is_refused_beside_it_and_kept_or_saved_exactly() {
        for (Entry entry : HostileInput.table()) {
            RumorItem item = submitted();
            ModerationView view = open(ModerationState.PENDING, item);
            view.rejectReason.setValue(entry.text());

            test(view.reject).click();

            String state = jdbc.sql("SELECT moderation_state FROM rumor WHERE id = :id").param("id", item.id())
                    .query(String.class).single();
            if (entry.inText() == Outcome.REFUSED) {
                assertThat(view.rejectReason.isInvalid()).as(entry.name()).isTrue();
                assertThat(view.rejectReason.getErrorMessage()).as(entry.name()).isEqualTo(RumorFormHostileInputTest.REFUSED);
                assertThat(view.rejectReason.getValue()).as(entry + " kept as typed").isEqualTo(entry.text());
                assertThat(state).as(entry.name()).isEqualTo("PENDING");
            } else {
                assertThat(view.rejectReason.isInvalid()).as(entry.name()).isFalse();
                assertThat(state).as(entry.name()).isEqualTo("REJECTED");
                assertThat(jdbc.sql("SELECT rejection_reason FROM rumor WHERE id = :id").param("id", item.id())
                        .query(String.class).single()).as(entry + " saved exactly").isEqualTo(entry.text().strip());
            }
        }
    }

    @Test
    void every_entry_as_a_verdict_note_is_refused_beside_it_and_kept_or_saved_exactly() {
        for (Entry entry : HostileInput.table()) {
            RumorItem item = submitted();
            moderation.publish(List.of(item.id()));
            ModerationView view = open(ModerationState.PUBLISHED, item);
            view.verdict.setValue(Verdict.DOUBTFUL);
            view.verdictNote.setValue(entry.text());

            test(view.saveVerdict).click();

            String note = jdbc.sql("SELECT verdict_note FROM rumor WHERE id = :id").param("id", item.id())
                    .query(String.class).optional().orElse(null);
            if (entry.inText() == Outcome.REFUSED) {
                assertThat(view.verdictNote.isInvalid()).as(entry.name()).isTrue();
                assertThat(view.verdictNote.getErrorMessage()).as(entry.name()).isEqualTo(RumorFormHostileInputTest.REFUSED);
                assertThat(view.verdictNote.getValue()).as(entry + " kept as typed").isEqualTo(entry.text());
                assertThat(note).as(entry.name()).isNull();
            } else {
                assertThat(view.verdictNote.isInvalid()).as(entry.name()).isFalse();
                assertThat(note).as(entry + " saved exactly").isEqualTo(entry.text().strip());
            }
        }
    }
}
