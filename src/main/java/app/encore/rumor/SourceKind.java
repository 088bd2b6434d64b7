package app.encore.rumor;

/** What kind of place a rumor comes from. */
public enum SourceKind {
    OFFICIAL_STATEMENT, PRESS, SOCIAL_MEDIA, FAN_SITE, OTHER
}
