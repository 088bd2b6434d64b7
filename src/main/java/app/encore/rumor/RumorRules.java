package app.encore.rumor;

import app.encore.base.PlainText;
import app.encore.base.WebLink;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The rules every rumor text obeys, whoever types it. Messages are translation keys. */
final class RumorRules {

    static final int HEADLINE_MIN = 10;
    static final int HEADLINE_MAX = 140;
    static final int DETAILS_MAX = 2000;
    static final int REASON_MAX = 500;

    private RumorRules() {
    }

    /** The draft, trimmed; or every problem at once, so a fan fixes them in one go. */
    static RumorDraft check(RumorDraft draft, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        String headline = draft.headline() == null ? "" : draft.headline().strip();
        int length = headline.codePointCount(0, headline.length());
        if (!PlainText.isLine(headline)) {
            problems.put("headline", PlainText.REFUSED);
        } else if (length < HEADLINE_MIN || length > HEADLINE_MAX) {
            problems.put("headline", "rumor.error.headline");
        }
        String details = draft.details() == null ? null : draft.details().strip();
        if (!PlainText.isText(details)) {
            problems.put("details", PlainText.REFUSED);
        } else if (details != null && details.length() > DETAILS_MAX) {
            problems.put("details", "rumor.error.details");
        }
        String url = WebLink.normalise(draft.sourceUrl()).orElse(null);
        if (url == null) {
            problems.put("sourceUrl", "rumor.error.source-url");
        }
        if (draft.sourceKind() == null) {
            problems.put("sourceKind", "rumor.error.source-kind");
        }
        if (draft.firstSeen() == null) {
            problems.put("firstSeen", "rumor.error.first-seen");
        } else if (draft.firstSeen().isAfter(today)) {
            problems.put("firstSeen", "rumor.error.first-seen-future");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRumorException(problems);
        }
        return new RumorDraft(headline, details == null || details.isEmpty() ? null : details, url,
                draft.sourceKind(), draft.firstSeen());
    }

    static String reason(@Nullable String reason, String field) {
        String text = reason == null ? "" : reason.strip();
        if (!PlainText.isText(text)) {
            throw new InvalidRumorException(Map.of(field, PlainText.REFUSED));
        }
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new InvalidRumorException(Map.of(field, "rumor.error.reason"));
        }
        return text;
    }
}
