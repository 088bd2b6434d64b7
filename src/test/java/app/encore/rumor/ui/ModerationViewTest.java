package app.encore.rumor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.audit.AuditLog;
import app.encore.fan.FanId;
import app.encore.rumor.ModerationState;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.rumor.Verdict;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@ExtendWith(TestShows.class)
@SpringBootTest
@WithMockUser(username = "mina", roles = "MODERATOR")
class ModerationViewTest extends SpringBrowserlessTest {

    @Autowired
    Rumors rumors;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    app.encore.kiosk.Screens screens;

    private long show;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show = TestShows.open(jdbc).id();
    }

    private RumorItem submitted(String headline) {
        return rumors.submit(FanId.random(), show, new RumorDraft(headline, null, "https://press.example/" + headline.length(),
                SourceKind.PRESS, LocalDate.of(2026, 11, 1)), ProofOfWorkSolver.solve(rumors.challenge()));
    }

    private ModerationView open() {
        UI.getCurrent().navigate("admin/moderation");
        return (ModerationView) getCurrentView();
    }

    @Test
    void the_desk_s_head_says_how_many_registered_screens_are_offline_and_leads_to_them() {
        var pairing = screens.requestPairing("test-" + java.util.UUID.randomUUID()).orElseThrow();
        var screen = screens.register(pairing.code(), "Dark hall", null);
        screens.claim(pairing.secret()).orElseThrow();
        jdbc.sql("UPDATE kiosk_screen SET last_seen_at = :then WHERE id = :id")
                .param("then", java.time.Instant.now().minus(screens.offlineAfter()).minusSeconds(5)
                        .atOffset(java.time.ZoneOffset.UTC))
                .param("id", screen.id()).update();

        ModerationView view = open();
        var notice = view.getChildren().filter(child -> child.hasClassName("desk-notice")).findFirst().orElseThrow();
        assertThat(app.encore.support.PageText.of(notice)).containsPattern("\\d+ registered screens? (is|are) offline");
        assertThat(notice.getElement().getChild(0).getAttribute("href")).isEqualTo("admin/screens");
    }

    @Test
    void the_queue_shows_pending_rumors_and_publishing_by_shortcut_takes_them_out() {
        RumorItem item = submitted("Netflix confirmed the sequel");
        ModerationView view = open();
        assertThat(test(view.grid).getRow(row(view, item)).headline()).isEqualTo(item.headline());

        test(view.grid).select(row(view, item));
        fireShortcut(Key.KEY_P, KeyModifier.ALT);

        assertThat(rumors.visibleTo(Optional.empty(), show)).singleElement()
                .satisfies(visible -> assertThat(visible.state()).isEqualTo(ModerationState.PUBLISHED));
        assertThat(view.grid.getListDataView().getItems().map(RumorItem::id)).doesNotContain(item.id());
    }

    @Test
    void rejecting_needs_a_reason_beside_the_field_and_then_hides_the_rumor() {
        RumorItem item = submitted("Filming starts next week");
        ModerationView view = open();
        test(view.grid).select(row(view, item));

        test(view.reject).click();
        assertThat(view.rejectReason.isInvalid()).isTrue();
        assertThat(view.rejectReason.getErrorMessage()).isEqualTo("Give a reason of up to 500 characters.");

        view.rejectReason.setValue("Speculation, not a claim");
        test(view.reject).click();

        assertThat(rumors.visibleTo(Optional.empty(), show)).isEmpty();
        assertThat(audit.search("rumor " + item.id() + " ", 0, 5)).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo("Speculation, not a claim"));
    }

    @Test
    void several_rumors_get_a_verdict_at_once() {
        RumorItem a = submitted("First claim about it");
        RumorItem b = submitted("Second claim about it!");
        ModerationView view = open();
        test(view.grid).select(row(view, a));
        test(view.grid).select(row(view, b));
        test(view.publish).click();

        view.showing.setValue(ModerationState.PUBLISHED);
        test(view.grid).select(row(view, a));
        test(view.grid).select(row(view, b));
        view.verdict.setValue(Verdict.DOUBTFUL);
        view.verdictNote.setValue("No official word");
        test(view.saveVerdict).click();

        assertThat(rumors.visibleTo(Optional.empty(), show)).hasSize(2)
                .allSatisfy(visible -> assertThat(visible.verdict()).isEqualTo(Verdict.DOUBTFUL));
    }

    @Test
    void a_moderator_edits_a_rumor_then_publishes_it_and_bad_edits_show_beside_the_field() {
        RumorItem item = submitted("Netflix confirmd it");
        ModerationView view = open();
        test(view.grid).select(row(view, item));
        assertThat(view.editor.isVisible()).isTrue();

        view.sourceUrl.setValue("not a link");
        test(view.editAndPublish).click();
        assertThat(view.sourceUrl.isInvalid()).isTrue();
        assertThat(view.headline.getValue()).isEqualTo("Netflix confirmd it");

        view.sourceUrl.setValue("https://press.example/fixed");
        view.headline.setValue("Netflix confirmed it");
        test(view.editAndPublish).click();

        assertThat(rumors.visibleTo(Optional.empty(), show)).singleElement()
                .satisfies(visible -> assertThat(visible.headline()).isEqualTo("Netflix confirmed it"));
    }

    private static int row(ModerationView view, RumorItem item) {
        var items = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == item.id()) {
                return i;
            }
        }
        throw new AssertionError("rumor " + item.id() + " is not in the grid");
    }
}
