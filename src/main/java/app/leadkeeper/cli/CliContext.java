package app.leadkeeper.cli;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import java.io.PrintStream;
import java.time.Clock;

/** What a command gets: the output streams and the data folder, opened on first use and closed at the end. */
public final class CliContext implements AutoCloseable {
    private final DataFolder folder;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private AppContext app;

    public CliContext(DataFolder folder, PrintStream out, PrintStream err, Clock clock) {
        this.folder = folder;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public DataFolder folder() {
        return folder;
    }

    /** Standard output: results, and the JSON object of --json. */
    public PrintStream out() {
        return out;
    }

    /** Standard error: messages and progress. */
    public PrintStream err() {
        return err;
    }

    public Clock clock() {
        return clock;
    }

    public AppContext app() {
        if (app == null) {
            app = AppContext.open(folder, clock);
        }
        return app;
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
            app = null;
        }
    }
}
