package app.encore.rumor;

/** Where a rumor is in moderation. */
public enum ModerationState {
    /** Waiting for a moderator: new, or sent back by fans' reports. */
    PENDING,
    /** Shown on the show page. */
    PUBLISHED,
    /** Never shown; kept with the reason. */
    REJECTED
}
