package app.encore.base.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.util.Locale;

/** Dates as a reader of the chosen language expects them. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The calendar day of an instant, in UTC so every reader sees the same date for the same event. */
    public static String date(Instant instant, Locale locale) {
        return date(instant.atOffset(ZoneOffset.UTC).toLocalDate(), locale);
    }
}
