package app.encore.base;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for text a person types into Encore, wherever they type it (a form, a catalogue file,
 * a passkey's name): it may hold any letter, digit, mark, symbol or space of any script, and nothing
 * that is not text. Refused, so the person is told beside the field instead of the text being
 * quietly changed:
 * <ul>
 * <li>control characters (U+0000–U+001F, U+007F–U+009F): a NUL ends strings in C and PostgreSQL and
 * makes XML, so every feed, invalid; tab, and where the field has lines, line feed and carriage
 * return, are the exceptions;</li>
 * <li>the line and paragraph separators U+2028 and U+2029 in a one-line field;</li>
 * <li>the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 * which can make a headline display as something other than what it says; right-to-left text
 * displays correctly without them;</li>
 * <li>unpaired surrogates and the noncharacters U+FFFE and U+FFFF, which no encoding can store.</li>
 * </ul>
 * Zero-width joiners, variation selectors and emoji stay: fans write with them.
 */
public final class PlainText {

    /** The translation key of the message shown beside a field that breaks the rule. */
    public static final String REFUSED = "input.error.control-characters";

    private PlainText() {
    }

    /** Whether one-line text (a title, a name, a headline) keeps the rule; {@code null} does. */
    public static boolean isLine(@Nullable String text) {
        return accepted(text, false);
    }

    /** Whether text that may have lines (a synopsis, details, a note) keeps the rule; {@code null} does. */
    public static boolean isText(@Nullable String text) {
        return accepted(text, true);
    }

    /**
     * Text for a search or a lookup, where nobody needs telling: every character the rule refuses
     * becomes a space.
     */
    public static String forSearch(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean surrogate = Character.isSurrogate(text.charAt(i)) && Character.charCount(c) == 1;
            clean.appendCodePoint(surrogate || refused(c, false) ? ' ' : c);
            i += Character.charCount(c);
        }
        return clean.toString();
    }

    private static boolean accepted(@Nullable String text, boolean lines) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            char unit = text.charAt(i);
            int c = text.codePointAt(i);
            if (Character.isSurrogate(unit) && Character.charCount(c) == 1) {
                return false;
            }
            if (refused(c, lines)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean refused(int c, boolean lines) {
        if (c == '\t' || (lines && (c == '\n' || c == '\r'))) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || (!lines && (c == 0x2028 || c == 0x2029))
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFFFE || c == 0xFFFF;
    }
}
