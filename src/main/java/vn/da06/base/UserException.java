package vn.da06.base;

/**
 * A problem the user can fix, with a Vietnamese message that says what and where (file, sheet, cell, rule).
 * The command line prints the message on one line, without a stack trace, and exits non-zero.
 */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
