package app.encore.base.ui;

/**
 * A number shown beside a menu entry, such as the rumors waiting for a moderator. A feature
 * provides one as a Spring bean for the path of its view; it is asked each time the menu is drawn.
 */
public interface MenuBadge {

    /** The route path of the menu entry, e.g. {@code admin/moderation}. */
    String path();

    /** How many, or 0 for no badge. */
    int count();
}
