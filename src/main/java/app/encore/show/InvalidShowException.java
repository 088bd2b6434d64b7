package app.encore.show;

import app.encore.show.ShowRules.Problem;
import java.util.Map;

/** The facts cannot be saved (or published) as they are: every problem, by field. */
public class InvalidShowException extends RuntimeException {

    private final transient Map<String, Problem> problems;

    public InvalidShowException(Map<String, Problem> problems) {
        super("Invalid show: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
