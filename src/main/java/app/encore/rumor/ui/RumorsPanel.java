package app.encore.rumor.ui;

import app.encore.base.ui.AltchaWidget;
import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Markup;
import app.encore.base.ui.NativeDateField;
import app.encore.base.ui.NativeDialog;
import app.encore.base.ui.NativeForm;
import app.encore.base.ui.NativeSelect;
import app.encore.base.ui.NativeTextArea;
import app.encore.base.ui.NativeTextField;
import app.encore.base.ui.Texts;
import app.encore.fan.FanId;
import app.encore.fan.ui.CurrentFan;
import app.encore.rumor.InvalidRumorException;
import app.encore.rumor.ReportCategory;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.RumorRefusedException;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.show.Show;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * The rumors of a show: published ones newest first with their verdicts, the fan's own waiting for
 * review, a form to submit one and a way to report one. Everything fans typed is shown as text.
 * <p>
 * The list is one element of HTML, its "Report" buttons answered by one listener on the list; the
 * form, with its robot check, is built when a fan first opens it. Most readers never do, and an open
 * page then costs the server little. Its fields, like the report dialog, are the browser's own
 * controls ({@code NativeField}, {@code NativeDialog}), so a phone loads no field modules for them.
 */
final class RumorsPanel extends Section {

    private final long showId;
    private final Rumors rumors;
    private final CurrentFan currentFan;
    private final Clock clock;

    final Html list;
    private Map<Long, RumorItem> shown = Map.of();
    final Paragraph empty = new Paragraph();
    final NativeDetails form;
    private final Div formContent = new Div();
    NativeTextField headline;
    NativeTextArea details;
    NativeTextField sourceUrl;
    NativeSelect<SourceKind> sourceKind;
    NativeDateField firstSeen;
    NativeButton submit;
    Paragraph formMessage;
    AltchaWidget formChallenge;

    RumorsPanel(Show show, Rumors rumors, CurrentFan currentFan, Clock clock) {
        this.showId = show.id();
        this.rumors = rumors;
        this.currentFan = currentFan;
        this.clock = clock;
        addClassNames("card-section", "show-rumors");
        var heading = new H2(getTranslation("rumor.heading"));
        heading.setId("rumors-heading");
        getElement().setAttribute("aria-labelledby", "rumors-heading");
        var intro = new Paragraph(getTranslation("rumor.intro"));
        intro.addClassName("rumor-intro");
        list = Markup.component(RumorMarkup.list(List.of(), Texts.of(this), true));
        list.getElement().addEventListener("click", click -> report(click.getEventData()
                        .get("event.target.closest('[" + RumorMarkup.REPORT + "]').getAttribute('" + RumorMarkup.REPORT + "')")
                        .asString()))
                .addEventData("event.target.closest('[" + RumorMarkup.REPORT + "]').getAttribute('" + RumorMarkup.REPORT + "')")
                .setFilter("event.target.closest('[" + RumorMarkup.REPORT + "]') != null");
        empty.setText(getTranslation("rumor.none"));
        empty.addClassName("rumor-none");
        form = new NativeDetails(getTranslation("rumor.submit.summary"), formContent);
        form.addClassName("rumor-form");
        form.addToggleListener(toggle -> {
            if (toggle.isOpened() && submit == null) {
                formContent.add(submitForm());
            }
        });
        add(heading, intro, list, empty, form);
        refresh();
    }

    /** The published rumors as the page's first response shows them: the same for every visitor. */
    static Element firstPaint(List<RumorItem> published, Texts texts) {
        var section = Markup.element("section", "card-section", "show-rumors");
        section.appendChild(Markup.text("h2", texts.get("rumor.heading")).attr("id", "rumors-heading"));
        section.appendChild(Markup.text("p", texts.get("rumor.intro"), "rumor-intro"));
        if (published.isEmpty()) {
            section.appendChild(Markup.text("p", texts.get("rumor.none"), "rumor-none"));
        } else {
            section.appendChild(RumorMarkup.list(published, texts, false));
        }
        // The form to send one comes with the live panel.
        section.appendChild(Markup.element("div", FirstPaint.LIVE_PLACEHOLDER, "rumor-form-live").attr("aria-hidden", "true"));
        return section;
    }

    void refresh() {
        List<RumorItem> items = rumors.visibleTo(currentFan.get(), showId);
        shown = items.stream().collect(Collectors.toMap(RumorItem::id, item -> item));
        list.setHtmlContent(Markup.html(RumorMarkup.list(items, Texts.of(this), true)));
        list.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    /** A "Report" button in the list was pressed; only rumors this page shows can be reported. */
    void report(String rumorId) {
        try {
            RumorItem item = shown.get(Long.parseLong(rumorId));
            if (item != null) {
                openReport(item);
            }
        } catch (NumberFormatException notOurs) {
            // Not one of our buttons: nothing to report.
        }
    }

    private NativeForm submitForm() {
        headline = new NativeTextField(getTranslation("rumor.field.headline"));
        details = new NativeTextArea(getTranslation("rumor.field.details"));
        sourceUrl = new NativeTextField(getTranslation("rumor.field.source-url"), "url");
        sourceKind = new NativeSelect<>(getTranslation("rumor.field.source-kind"), List.of(SourceKind.values()),
                kind -> getTranslation("source-kind." + kind.name()));
        firstSeen = new NativeDateField(getTranslation("rumor.field.first-seen"));
        submit = NativeForm.sendButton(getTranslation("rumor.submit"), true, click -> submit());
        formMessage = new Paragraph();
        formChallenge = new AltchaWidget(rumors.challenge());
        headline.setHelperText(getTranslation("rumor.field.headline-help"));
        headline.setMaxLength(140);
        headline.setRequiredIndicatorVisible(true);
        details.setHelperText(getTranslation("rumor.field.details-help"));
        details.setMaxLength(2000);
        sourceUrl.setPlaceholder("https://");
        sourceUrl.setRequiredIndicatorVisible(true);
        sourceKind.setRequiredIndicatorVisible(true);
        firstSeen.setMax(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))));
        // Most rumors are reported the day they appear.
        firstSeen.setValue(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        firstSeen.setRequiredIndicatorVisible(true);
        formMessage.addClassName("form-problem");
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.setVisible(false);
        var actions = new Div(formChallenge, submit);
        actions.addClassName("rumor-form-actions");
        var fields = new NativeForm(headline, details, sourceUrl, sourceKind, firstSeen, actions, formMessage);
        fields.addClassName("rumor-form-fields");
        return fields;
    }

    void submit() {
        clearErrors();
        formMessage.setVisible(false);
        var draft = new RumorDraft(headline.getValue(), details.getValue(), sourceUrl.getValue(), sourceKind.getValue(),
                firstSeen.getValue());
        try {
            FanId fan = currentFan.getOrCreate();
            rumors.submit(fan, showId, draft, formChallenge.payload());
            headline.clear();
            details.clear();
            sourceUrl.clear();
            sourceKind.clear();
            firstSeen.setValue(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            clearErrors();
            refresh();
            Notification.show(getTranslation("rumor.submitted"), 5000, Notification.Position.BOTTOM_CENTER);
        } catch (InvalidRumorException invalid) {
            showErrors(invalid.problems());
        } catch (RumorRefusedException refused) {
            formMessage.setText(getTranslation(refused.reason().messageKey()));
            formMessage.setVisible(true);
        } finally {
            formChallenge.reset(rumors.challenge());
        }
    }

    private void showErrors(Map<String, String> problems) {
        Map<String, HasValidation> fields = Map.of("headline", headline, "details", details, "sourceUrl", sourceUrl,
                "sourceKind", sourceKind, "firstSeen", firstSeen);
        boolean focused = false;
        for (var field : List.of("headline", "details", "sourceUrl", "sourceKind", "firstSeen")) {
            String key = problems.get(field);
            if (key != null) {
                HasValidation target = fields.get(field);
                target.setErrorMessage(getTranslation(key));
                target.setInvalid(true);
                if (!focused && target instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                    focused = true;
                }
            }
        }
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(headline, details, sourceUrl, sourceKind, firstSeen)) {
            field.setInvalid(false);
        }
    }

    private void openReport(RumorItem item) {
        var dialog = new NativeDialog(getTranslation("rumor.report.title"));
        var quoted = new Paragraph(item.headline());
        quoted.addClassName("report-quote");
        var category = new NativeSelect<>(getTranslation("rumor.report.category"), List.of(ReportCategory.values()),
                value -> getTranslation(value.messageKey()));
        category.setRequiredIndicatorVisible(true);
        var reason = new NativeTextArea(getTranslation("rumor.report.reason"));
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("rumor.report.reason-help"));
        var challenge = new AltchaWidget(rumors.challenge());
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        var cancel = new NativeButton(getTranslation("rumor.report.cancel"), click -> dialog.close());
        cancel.addClassName("button");
        // In the form, but it sends nothing.
        cancel.getElement().setAttribute("type", "button");
        var send = NativeForm.sendButton(getTranslation("rumor.report.send"), true, click -> {
            try {
                category.setInvalid(false);
                reason.setInvalid(false);
                if (category.getValue() == null) {
                    category.setErrorMessage(getTranslation("rumor.report.category-missing"));
                    category.setInvalid(true);
                    category.focus();
                    return;
                }
                rumors.report(currentFan.getOrCreate(), item.id(), category.getValue(), reason.getValue(),
                        challenge.payload());
                dialog.close();
                refresh();
                Notification.show(getTranslation("rumor.report.thanks"), 5000, Notification.Position.BOTTOM_CENTER);
            } catch (InvalidRumorException invalid) {
                reason.setErrorMessage(getTranslation(invalid.problems().getOrDefault("reason", "rumor.error.reason")
                        .equals("rumor.error.reason") ? "rumor.report.reason-missing" : invalid.problems().get("reason")));
                reason.setInvalid(true);
                reason.focus();
            } catch (RumorRefusedException refused) {
                problem.setText(getTranslation(refused.reason().messageKey()));
                problem.setVisible(true);
                challenge.reset(rumors.challenge());
            }
        });
        var buttons = new Div(cancel, send);
        buttons.addClassName("native-dialog-footer");
        // Enter in the reason's box writes a new line; the send button sends.
        dialog.add(new NativeForm(quoted, category, reason, challenge, problem, buttons));
        add(dialog);
        dialog.open();
        category.focus();
    }
}
