package app.encore.rumor.ui;

import app.encore.base.ui.Formats;
import app.encore.fan.FanId;
import app.encore.fan.ui.CurrentFan;
import app.encore.rumor.InvalidRumorException;
import app.encore.rumor.ModerationState;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.RumorRefusedException;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.show.Show;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rumors of a show: published ones newest first with their verdicts, the fan's own waiting for
 * review, a form to submit one and a way to report one. Everything fans typed is shown as text.
 */
final class RumorsPanel extends Section {

    private final long showId;
    private final Rumors rumors;
    private final CurrentFan currentFan;
    private final Clock clock;

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final TextField headline = new TextField();
    final TextArea details = new TextArea();
    final TextField sourceUrl = new TextField();
    final Select<SourceKind> sourceKind = new Select<>();
    final DatePicker firstSeen = new DatePicker();
    final Button submit = new Button();
    final Paragraph formMessage = new Paragraph();
    final Details form;
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
        list.addClassName("rumor-list");
        empty.setText(getTranslation("rumor.none"));
        empty.addClassName("rumor-none");
        form = new Details(getTranslation("rumor.submit.summary"), submitForm());
        form.addClassName("rumor-form");
        form.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && formChallenge == null) {
                formChallenge = new AltchaWidget(rumors.challenge());
                submit.getParent().ifPresent(parent -> ((Div) parent).addComponentAsFirst(formChallenge));
            }
        });
        add(heading, intro, list, empty, form);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<RumorItem> items = rumors.visibleTo(currentFan.get(), showId);
        items.forEach(item -> list.add(new ListItem(rumor(item))));
        empty.setVisible(items.isEmpty());
    }

    private Component rumor(RumorItem item) {
        var badge = new Span(item.state() == ModerationState.PENDING
                ? getTranslation("rumor.awaiting-review")
                : getTranslation("verdict." + item.verdict().name()));
        badge.addClassNames("verdict-badge", item.state() == ModerationState.PENDING ? "verdict-pending"
                : "verdict-" + item.verdict().name().toLowerCase(Locale.ROOT));
        var title = new H3(item.headline());
        title.addClassName("rumor-headline");
        var article = new Article(badge, title);
        article.addClassName("rumor");
        if (item.details() != null) {
            var text = new Paragraph(item.details());
            text.addClassName("rumor-details");
            article.add(text);
        }
        var meta = new Paragraph(new Span(getTranslation("rumor.meta", Formats.date(item.firstSeen(), getLocale()),
                getTranslation("source-kind." + item.sourceKind().name())) + " "),
                item.sourceUrl() == null ? new Span(item.sourceLabel()) : link(item.sourceUrl(), item.sourceLabel()));
        meta.addClassName("rumor-meta");
        article.add(meta);
        if (item.state() == ModerationState.PUBLISHED && (item.verdictNote() != null || item.verdictEvidenceUrl() != null)) {
            var verdict = new Paragraph();
            verdict.addClassName("rumor-verdict");
            if (item.verdictNote() != null) {
                verdict.add(new Span(getTranslation("rumor.moderator-note", item.verdictNote()) + " "));
            }
            if (item.verdictEvidenceUrl() != null) {
                verdict.add(link(item.verdictEvidenceUrl(), getTranslation("rumor.evidence")));
            }
            article.add(verdict);
        }
        if (item.state() == ModerationState.PUBLISHED && !item.mine()) {
            var report = new Button(getTranslation("rumor.report"), click -> openReport(item));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            report.addClassName("rumor-report");
            report.setAriaLabel(getTranslation("rumor.report-label", item.headline()));
            article.add(report);
        }
        return article;
    }

    private static Anchor link(String url, String text) {
        var link = new Anchor(url, text, AnchorTarget.BLANK);
        // User-supplied link: no referrer, no ranking credit, no access to this window.
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow ugc");
        return link;
    }

    private Div submitForm() {
        headline.setLabel(getTranslation("rumor.field.headline"));
        headline.setHelperText(getTranslation("rumor.field.headline-help"));
        headline.setMaxLength(140);
        headline.setRequiredIndicatorVisible(true);
        details.setLabel(getTranslation("rumor.field.details"));
        details.setHelperText(getTranslation("rumor.field.details-help"));
        details.setMaxLength(2000);
        sourceUrl.setLabel(getTranslation("rumor.field.source-url"));
        sourceUrl.setPlaceholder("https://");
        sourceUrl.setRequiredIndicatorVisible(true);
        sourceKind.setLabel(getTranslation("rumor.field.source-kind"));
        sourceKind.setItems(SourceKind.values());
        sourceKind.setItemLabelGenerator(kind -> kind == null ? "" : getTranslation("source-kind." + kind.name()));
        sourceKind.setRequiredIndicatorVisible(true);
        firstSeen.setLabel(getTranslation("rumor.field.first-seen"));
        firstSeen.setMax(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))));
        // Most rumors are reported the day they appear.
        firstSeen.setValue(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        firstSeen.setRequiredIndicatorVisible(true);
        firstSeen.setLocale(getLocale());
        submit.setText(getTranslation("rumor.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });
        formMessage.addClassName("form-problem");
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.setVisible(false);
        var actions = new Div(submit);
        actions.addClassName("rumor-form-actions");
        var fields = new Div(headline, details, sourceUrl, sourceKind, firstSeen, actions, formMessage);
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
            rumors.submit(fan, showId, draft, formChallenge == null ? null : formChallenge.payload());
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
            if (formChallenge != null) {
                formChallenge.reset(rumors.challenge());
            }
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
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("rumor.report.title"));
        var quoted = new Paragraph(item.headline());
        quoted.addClassName("report-quote");
        var reason = new TextArea(getTranslation("rumor.report.reason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var challenge = new AltchaWidget(rumors.challenge());
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        dialog.add(quoted, reason, challenge, problem);
        var cancel = new Button(getTranslation("rumor.report.cancel"), click -> dialog.close());
        var send = new Button(getTranslation("rumor.report.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                rumors.report(currentFan.getOrCreate(), item.id(), reason.getValue(), challenge.payload());
                dialog.close();
                refresh();
                Notification.show(getTranslation("rumor.report.thanks"), 5000, Notification.Position.BOTTOM_CENTER);
            } catch (InvalidRumorException invalid) {
                reason.setErrorMessage(getTranslation(invalid.problems().getOrDefault("reason", "rumor.error.reason")));
                reason.setInvalid(true);
                reason.focus();
            } catch (RumorRefusedException refused) {
                problem.setText(getTranslation(refused.reason().messageKey()));
                problem.setVisible(true);
                challenge.reset(rumors.challenge());
            }
        });
        dialog.getFooter().add(cancel, send);
        dialog.open();
        reason.focus();
    }
}
