package app.encore.rumor;

/** A submission or report Encore will not take now, and why ({@link Reason#messageKey()}). */
public class RumorRefusedException extends RuntimeException {

    public enum Reason {
        /** The proof-of-work challenge was missing, wrong, expired or already used. */
        CHALLENGE,
        /** Too many submissions or reports from this fan lately. */
        TOO_FAST,
        /** No such show or rumor, or the rumor can no longer be reported. */
        NOT_FOUND,
        /** This fan has reported this rumor already. */
        ALREADY_REPORTED;

        public String messageKey() {
            return "rumor.refused." + name();
        }
    }

    private final Reason reason;

    public RumorRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
