package app.encore.show;

/** Who can see a show: staff only while it is a draft or hidden again, everyone once published. */
public enum Visibility {
    /** New, not yet published: fans cannot find or open it. */
    DRAFT,
    /** On the list, searchable, open to forecasts and rumors. */
    PUBLISHED,
    /** Taken off the list again; its forecasts and rumors stay, and it can be published again. */
    HIDDEN
}
