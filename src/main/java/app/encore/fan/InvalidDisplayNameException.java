package app.encore.fan;

/** A display name Encore won't show: too short, too long, or with characters it doesn't allow. */
public class InvalidDisplayNameException extends RuntimeException {

    public InvalidDisplayNameException(String message) {
        super(message);
    }
}
