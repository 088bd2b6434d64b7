package app.encore.rumor;

import java.util.Map;

/**
 * A rumor draft with problems, each named by field ({@code headline}, {@code details},
 * {@code sourceUrl}, {@code sourceKind}, {@code firstSeen}, {@code reason}) with a translation key.
 */
public class InvalidRumorException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidRumorException(Map<String, String> problems) {
        super("Invalid rumor: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field name to translation key. */
    public Map<String, String> problems() {
        return problems;
    }
}
