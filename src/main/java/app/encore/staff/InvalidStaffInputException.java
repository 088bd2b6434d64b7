package app.encore.staff;

/** A username or password that cannot be used; {@link #field()} says which, the message why. */
public class InvalidStaffInputException extends RuntimeException {

    private final String field;

    public InvalidStaffInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
