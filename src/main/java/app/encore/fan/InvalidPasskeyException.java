package app.encore.fan;

/** A passkey's answer that Encore will not take: unknown, for another fan, forged, or cancelled. */
public class InvalidPasskeyException extends RuntimeException {

    public InvalidPasskeyException(String message) {
        super(message);
    }
}
