package app.encore.show.ui;

import app.encore.show.OfficialStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The official status as a coloured badge; the colour repeats the word, never replaces it. */
final class StatusBadge extends Span {

    StatusBadge(OfficialStatus status) {
        setText(getTranslation("status." + status.name()));
        addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
