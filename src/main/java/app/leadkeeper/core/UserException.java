package app.leadkeeper.core;

/**
 * A failure the user can act on: its message is shown as is (in a dialog or on stderr) and names what was wrong,
 * such as the file, line and field.
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
