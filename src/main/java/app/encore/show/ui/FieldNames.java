package app.encore.show.ui;

import app.encore.show.ShowFacts.FieldChange;
import com.vaadin.flow.component.Component;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A show's fields as staff read them: "Last episode aired", "Cast 2: Role", and changes from and to. */
final class FieldNames {

    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    private FieldNames() {
    }

    /** A field by its path: {@code lastAired}, {@code cast[1].role}. Unknown names stay as they are. */
    static String path(Component in, String path) {
        Matcher row = ROW.matcher(path);
        if (row.matches()) {
            String list = name(in, row.group(1)) + " " + (Integer.parseInt(row.group(2)) + 1);
            return row.group(3) == null ? list : list + ": " + name(in, sub(row.group(1), row.group(3)));
        }
        return name(in, path);
    }

    /** "Title: “Goblin” → “Goblin: The Lonely and Great God”", with "(empty)" for no value. */
    static String change(Component in, FieldChange change) {
        return in.getTranslation("show-edit.change", path(in, change.field()), quoted(in, change.from()),
                quoted(in, change.to()));
    }

    private static String quoted(Component in, @Nullable String value) {
        return value == null ? in.getTranslation("show-edit.empty-value") : "“" + value + "”";
    }

    /** A list's field, under the name the editor gives it: a source's {@code title} is its headline. */
    private static String sub(String list, String field) {
        return switch (list + "." + field) {
            case "sources.title" -> "source-title";
            case "awards.name" -> "award";
            default -> field;
        };
    }

    private static String name(Component in, String field) {
        String key = "show-edit.field." + field;
        String translated = in.getTranslation(key);
        return translated.isBlank() || translated.contains(key) ? field : translated;
    }
}
