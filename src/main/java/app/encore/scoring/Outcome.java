package app.encore.scoring;

/** How a question resolved: YES when the network renewed the show, NO when it ended it. */
public enum Outcome {
    YES(1), NO(0);

    private final int value;

    Outcome(int value) {
        this.value = value;
    }

    /** o in the Brier score: 1 for YES, 0 for NO. */
    public int value() {
        return value;
    }
}
