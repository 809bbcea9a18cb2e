package app.leadkeeper.cli;

import app.leadkeeper.Version;
import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The command line: global options, then one command. Exit codes: 0 done, 1 input refused, 2 usage error. */
public final class Cli {
    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private final List<Command> commands;

    public Cli(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** What the launcher needs to know before choosing between the window and the command line. */
    public record Invocation(Optional<Path> dataDir, List<String> rest) {
        public boolean opensWindow() {
            return rest.isEmpty();
        }
    }

    /** Splits off the global options that come before the command. */
    public static Invocation parse(String[] args) throws UsageException {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        Optional<Path> dataDir = Optional.empty();
        while (!list.isEmpty() && list.getFirst().startsWith("--data-dir")) {
            String first = list.removeFirst();
            String value;
            if (first.startsWith("--data-dir=")) {
                value = first.substring("--data-dir=".length());
            } else if (first.equals("--data-dir") && !list.isEmpty()) {
                value = list.removeFirst();
            } else {
                throw new UsageException("--data-dir needs a folder");
            }
            if (value.isBlank()) {
                throw new UsageException("--data-dir needs a folder");
            }
            dataDir = Optional.of(Path.of(value));
        }
        return new Invocation(dataDir, List.copyOf(list));
    }

    public int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Invocation invocation;
        try {
            invocation = parse(args);
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
        }
        List<String> rest = invocation.rest();
        if (rest.isEmpty()
                || rest.getFirst().equals("--help")
                || rest.getFirst().equals("-h")
                || rest.getFirst().equals("help")) {
            out.print(usage());
            return OK;
        }
        if (rest.getFirst().equals("--version")) {
            out.println("leadkeeper " + Version.current());
            return OK;
        }
        Optional<Command> command =
                commands.stream().filter(c -> c.name().equals(rest.getFirst())).findFirst();
        if (command.isEmpty()) {
            return usageError(
                    rest.getFirst().startsWith("-")
                            ? "unknown option " + rest.getFirst()
                            : "unknown command " + rest.getFirst(),
                    err);
        }
        List<String> commandArgs = rest.subList(1, rest.size());
        if (commandArgs.contains("--help")) {
            for (String form : command.get().synopsis().split("\n")) {
                out.println("Usage: leadkeeper [--data-dir DIR] " + form);
            }
            return OK;
        }
        DataFolder folder = DataFolder.resolveDefault(invocation.dataDir());
        try (CliContext context = new CliContext(folder, out, err, clock)) {
            return command.get().run(commandArgs, context);
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
        } catch (UserException e) {
            err.println("leadkeeper: " + e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            Log.error("Command " + rest.getFirst() + " failed", e);
            err.println("leadkeeper: unexpected error: " + e);
            return REFUSED;
        }
    }

    private int usageError(String message, PrintStream err) {
        err.println("leadkeeper: " + message);
        err.print(usage());
        return USAGE;
    }

    public String usage() {
        StringBuilder text = new StringBuilder();
        text.append("Usage: leadkeeper [--data-dir DIR] [COMMAND [ARGS]]\n\n");
        text.append("With no command, opens the Leadkeeper window.\n\nCommands:\n");
        for (Command command : commands) {
            // A command with several forms gives one line per form.
            for (String form : command.synopsis().split("\n")) {
                text.append("  leadkeeper [--data-dir DIR] ").append(form).append('\n');
            }
        }
        text.append("""

                Options:
                  --data-dir DIR   the data folder (default: LEADKEEPER_HOME, else the system's app-data folder)
                  --help           this text
                  --version        the version

                Exit codes: 0 done, 1 input refused (the message names file, line and field), 2 usage error.
                """);
        return text.toString();
    }
}
