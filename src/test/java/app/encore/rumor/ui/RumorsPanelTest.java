package app.encore.rumor.ui;

import app.encore.base.ui.AltchaWidget;
import static org.assertj.core.api.Assertions.assertThat;

import app.encore.base.ui.NativeDialog;
import app.encore.base.ui.NativeSelect;
import app.encore.base.ui.NativeTextArea;
import app.encore.fan.FanId;
import app.encore.rumor.ReportCategory;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.support.PageText;
import app.encore.support.ProofOfWorkSolver;
import app.encore.support.TestShows;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The fan's side of rumors on a show page: what they see when sending or reporting one goes wrong. */
@ExtendWith(TestShows.class)
@SpringBootTest
class RumorsPanelTest extends SpringBrowserlessTest {

    private static final String CHECK_NOT_DONE = "Your browser is still checking that you’re not a robot."
            + " Wait until the check says “Verified”, then send again.";

    @Autowired
    Rumors rumors;

    @Autowired
    JdbcClient jdbc;

    private TestShows.Created show;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show = TestShows.open(jdbc);
    }

    @Test
    void a_rumor_sent_before_the_robot_check_finishes_is_refused_with_a_message_and_keeps_what_was_typed() {
        RumorsPanel panel = openForm();
        fillIn(panel);

        test(panel.submit).click();

        assertThat(panel.formMessage.isVisible()).isTrue();
        assertThat(panel.formMessage.getText()).isEqualTo(CHECK_NOT_DONE);
        assertThat(panel.headline.getValue()).isEqualTo("Season 2 script reading spotted");
        assertThat(panel.sourceUrl.getValue()).isEqualTo("https://press.example/reading");
        assertThat(panel.sourceKind.getValue()).isEqualTo(SourceKind.PRESS);
        assertThat(panel.submit.isEnabled()).as("the fan can send again").isTrue();
        assertThat(storedRumors()).isZero();
    }

    @Test
    void a_first_seen_date_in_the_future_is_marked_beside_the_date_and_nothing_typed_is_lost() {
        RumorsPanel panel = openForm();
        fillIn(panel);
        panel.firstSeen.setValue(LocalDate.now().plusDays(3));
        String solved = ProofOfWorkSolver.solve(panel.formChallenge.getElement().getAttribute("challengejson"));
        verify(panel.formChallenge, solved);

        test(panel.submit).click();

        assertThat(panel.firstSeen.isInvalid()).isTrue();
        assertThat(panel.firstSeen.getErrorMessage()).isEqualTo("The date can’t be in the future.");
        Element input = descendant(panel.firstSeen.getElement(), "input");
        assertThat(input.getAttribute("type")).isEqualTo("date");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        Element error = descendant(panel.firstSeen.getElement(), "span", "native-field-error");
        assertThat(input.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(PageText.of(panel.firstSeen)).contains("First seen on", "The date can’t be in the future.");
        assertThat(panel.headline.getValue()).isEqualTo("Season 2 script reading spotted");
        assertThat(panel.firstSeen.getValue()).isEqualTo(LocalDate.now().plusDays(3));
        assertThat(storedRumors()).isZero();

        panel.firstSeen.clear();
        verify(panel.formChallenge, ProofOfWorkSolver.solve(panel.formChallenge.getElement().getAttribute("challengejson")));
        test(panel.submit).click();
        assertThat(panel.firstSeen.getErrorMessage()).isEqualTo("Enter the date you first saw it.");
    }

    @Test
    void a_verified_rumor_is_sent_once_and_the_same_solved_check_sent_again_is_refused() {
        RumorsPanel panel = openForm();
        fillIn(panel);
        String solved = ProofOfWorkSolver.solve(panel.formChallenge.getElement().getAttribute("challengejson"));
        verify(panel.formChallenge, solved);

        test(panel.submit).click();

        assertThat(panel.formMessage.isVisible()).isFalse();
        assertThat(panel.headline.getValue()).as("the form is ready for the next one").isEmpty();
        assertThat(PageText.of(panel.list)).contains("Awaiting review")
                .contains("Season 2 script reading spotted");
        assertThat(panel.formChallenge.payload()).as("a used check is thrown away").isNull();

        // A replayed payload (a second click racing the first, or a copied request) is not a new check.
        fillIn(panel);
        verify(panel.formChallenge, solved);
        test(panel.submit).click();

        assertThat(panel.formMessage.getText()).isEqualTo(CHECK_NOT_DONE);
        assertThat(panel.headline.getValue()).isEqualTo("Season 2 script reading spotted");
        assertThat(storedRumors()).isEqualTo(1);
    }

    @Test
    void a_report_without_a_reason_is_marked_beside_the_field_and_one_before_the_check_is_refused_in_the_dialog() {
        long published = publishedRumor();
        RumorsPanel panel = open();
        var reportButton = PageText.select(panel.list, "button.rumor-report");
        assertThat(reportButton).singleElement().satisfies(button -> {
            assertThat(button.text()).isEqualTo("Report");
            assertThat(button.attr("aria-label")).isEqualTo("Report the rumor “Casting call is real”");
        });
        // What the list's click listener hears when that button is pressed.
        panel.report(reportButton.getFirst().attr(RumorMarkup.REPORT));
        NativeDialog dialog = $(NativeDialog.class).single();
        NativeTextArea reason = $(NativeTextArea.class, dialog).single();
        @SuppressWarnings("unchecked")
        NativeSelect<ReportCategory> category = $(NativeSelect.class, dialog).single();
        AltchaWidget challenge = $(AltchaWidget.class, dialog).single();
        // Hidden until there is a problem to tell, so not found by a query for what is visible.
        Paragraph problem = descendants(dialog).filter(c -> c.hasClassName("form-problem"))
                .map(Paragraph.class::cast).findFirst().orElseThrow();
        NativeButton send = $(NativeButton.class).withText("Send report").single();

        test(send).click();

        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).isEqualTo("Choose what is wrong with it.");
        assertThat(dialog.isOpened()).isTrue();

        category.setValue(ReportCategory.OTHER);
        test(send).click();

        assertThat(reason.isInvalid()).as("something else needs words").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say what is wrong, in up to 500 characters.");
        assertThat(dialog.isOpened()).isTrue();

        reason.setValue("The network already denied this.");
        test(send).click();

        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo(CHECK_NOT_DONE);
        assertThat(reason.getValue()).as("the reason is kept").isEqualTo("The network already denied this.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reports(published)).isZero();

        verify(challenge, ProofOfWorkSolver.solve(challenge.getElement().getAttribute("challengejson")));
        test(send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(reports(published)).isEqualTo(1);
        assertThat(PageText.of(panel.list)).contains("Casting call is real");
        assertThat(PageText.select(panel.list, "button.rumor-report")).as("reported once: no button again").isEmpty();
        assertThat(PageText.of(panel.list)).contains("You reported this rumor.");
    }

    @Test
    void a_report_for_a_rumor_the_page_does_not_show_opens_nothing() {
        long published = publishedRumor();
        RumorsPanel panel = open();

        // What a forged or stale click could send: another rumor's id, or no number at all.
        panel.report(Long.toString(published + 1_000_000));
        panel.report("not-a-number");

        assertThat($(NativeDialog.class).all()).isEmpty();
        assertThat(reports(published)).isZero();
    }

    private RumorsPanel open() {
        UI.getCurrent().navigate("shows/" + show.slug());
        return $(RumorsPanel.class).single();
    }

    private RumorsPanel openForm() {
        RumorsPanel panel = open();
        test(panel.form).toggleContent();
        assertThat(panel.formChallenge).as("opening the form starts the robot check").isNotNull();
        return panel;
    }

    private void fillIn(RumorsPanel panel) {
        panel.headline.setValue("Season 2 script reading spotted");
        panel.sourceUrl.setValue("https://press.example/reading");
        panel.sourceKind.setValue(SourceKind.PRESS);
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return root.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                descendants(child)));
    }

    private static Element descendant(Element root, String tag, String... classNames) {
        return root.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                        child.getChildren().flatMap(grandchild -> java.util.stream.Stream.of(grandchild))))
                .filter(element -> element.getTag().equals(tag))
                .filter(element -> classNames.length == 0 || element.getClassList().contains(classNames[0]))
                .findFirst().orElseThrow();
    }

    /** What the widget's script reports once its worker has solved the challenge. */
    private static void verify(AltchaWidget widget, String payload) {
        ComponentUtil.fireEvent(widget, new AltchaWidget.StateChange(widget, true, "verified", payload));
    }

    private long publishedRumor() {
        RumorItem item = rumors.submit(FanId.random(), show.id(), new RumorDraft("Casting call is real", null,
                "https://press.example/casting", SourceKind.PRESS, LocalDate.of(2026, 11, 1)),
                ProofOfWorkSolver.solve(rumors.challenge()));
        jdbc.sql("UPDATE rumor SET moderation_state = 'PUBLISHED' WHERE id = :id").param("id", item.id()).update();
        return item.id();
    }

    private int storedRumors() {
        return jdbc.sql("SELECT COUNT(*) FROM rumor WHERE show_id = :show").param("show", show.id())
                .query(Integer.class).single();
    }

    private int reports(long rumorId) {
        return jdbc.sql("SELECT COUNT(*) FROM rumor_report WHERE rumor_id = :id").param("id", rumorId)
                .query(Integer.class).single();
    }
}
