package app.encore.rumor;

/** A moderator's judgement of a published rumor. */
public enum Verdict {
    UNVERIFIED, CONFIRMED, LIKELY, DOUBTFUL, DEBUNKED
}
