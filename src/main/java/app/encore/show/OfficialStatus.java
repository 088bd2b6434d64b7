package app.encore.show;

/**
 * What the network or studio has said about a second season.
 */
public enum OfficialStatus {
    /** Nothing official yet: the question is open. */
    UNANNOUNCED,
    /** A second season is confirmed: the question resolves YES. */
    RENEWED,
    /** No more seasons: the question resolves NO. */
    CANCELLED;

    /** Whether fans can still forecast: only while nothing is announced. */
    public boolean isOpen() {
        return this == UNANNOUNCED;
    }
}
