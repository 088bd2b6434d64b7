package app.encore.forecast;

/** A forecast Encore will not take, and why, in words a fan can be shown ({@link Reason#messageKey()}). */
public class ForecastRefusedException extends RuntimeException {

    public enum Reason {
        /** Not a whole number from 0 to 100. */
        OUT_OF_RANGE,
        /** The network has announced: the question is resolved. */
        QUESTION_CLOSED,
        /** No show has that id. */
        NO_SUCH_SHOW,
        /** Too many changes from this fan or this address in the last minute. */
        TOO_FAST,
        /** Too many new fans have voted from this address in the last hour. */
        TOO_MANY_NEW_FANS,
        /** A new fan's first vote came without a solved proof-of-work challenge (or with a used one). */
        PROOF_NEEDED,
        /** This fan deleted themselves; their browser must start afresh. */
        FAN_DELETED;

        /** The translation key of the message for the fan. */
        public String messageKey() {
            return "forecast.refused." + name();
        }
    }

    private final Reason reason;

    public ForecastRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
