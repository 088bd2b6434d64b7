package app.encore.base.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.util.Locale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** Dates as a reader of the chosen language expects them. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /**
     * How long ago, in words of the component's language: "just now", "2 minutes ago", "3 hours
     * ago", "5 days ago", then the date.
     */
    public static String ago(Component component, Instant then, Instant now) {
        long seconds = Math.max(0, java.time.Duration.between(then, now).toSeconds());
        if (seconds < 60) {
            return component.getTranslation("time.just-now");
        }
        if (seconds < 3600) {
            return component.getTranslation("time.minutes-ago", seconds / 60);
        }
        if (seconds < 86_400) {
            return component.getTranslation("time.hours-ago", seconds / 3600);
        }
        if (seconds < 30 * 86_400L) {
            return component.getTranslation("time.days-ago", seconds / 86_400);
        }
        return date(then, UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale());
    }

    /** The calendar day of an instant, in UTC so every reader sees the same date for the same event. */
    public static String date(Instant instant, Locale locale) {
        return date(instant.atOffset(ZoneOffset.UTC).toLocalDate(), locale);
    }
}
