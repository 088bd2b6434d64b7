package app.encore.show;

/** How the show list is ordered. */
public enum ShowSort {
    /** Alphabetically by English title. */
    TITLE,
    /** Most recently aired first; shows without an air date last. */
    NEWEST
}
