package app.encore.base.ui;

import java.util.Optional;

/**
 * A line for the head of the staff desks, such as "2 screens are offline", from a feature that
 * staff should hear of while they work elsewhere. A feature provides one as a Spring bean; it is
 * asked each time a desk is drawn, and says nothing when all is well.
 */
public interface DeskNotice {

    /** The words (in the current UI's language) and the route path they lead to, or empty. */
    Optional<Notice> notice();

    record Notice(String text, String path) {
    }
}
