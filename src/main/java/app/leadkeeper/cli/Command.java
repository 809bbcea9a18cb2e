package app.leadkeeper.cli;

import java.util.List;

/** One command of the command line. */
public interface Command {
    /** The word that selects the command. */
    String name();

    /** The synopsis line for the usage text, without the program name. */
    String synopsis();

    /** Runs the command; returns the exit code (0 done, 1 input refused). */
    int run(List<String> args, CliContext context) throws UsageException;
}
