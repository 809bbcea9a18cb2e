package app.leadkeeper.cli;

/** The command line was not understood: usage goes to stderr and the exit code is 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
