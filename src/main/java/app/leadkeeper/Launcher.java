package app.leadkeeper;

import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.Commands;
import app.leadkeeper.cli.UsageException;
import java.time.Clock;

/**
 * The program's entry point. Not a JavaFX Application, so that the command line starts without a toolkit and the
 * classpath launch works: no arguments (or only --data-dir) open the window, anything else runs the command line.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Cli.Invocation invocation;
        try {
            invocation = Cli.parse(args);
        } catch (UsageException e) {
            invocation = null;
        }
        if (invocation != null && invocation.opensWindow()) {
            LeadkeeperApp.start(invocation.dataDir());
            return;
        }
        System.exit(Commands.cli().run(args, System.out, System.err, Clock.systemDefaultZone()));
    }
}
