package app.leadkeeper.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging goes to a rotating file in the data folder (what the error dialog points to); only warnings reach the
 * console, so command-line output stays clean.
 */
public final class Logging {
    private static boolean configured;

    private Logging() {}

    public static synchronized void toFolder(Path logs) {
        if (configured) {
            return;
        }
        configured = true;
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(Level.WARNING);
            }
        }
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        try {
            Files.createDirectories(logs);
            FileHandler file = new FileHandler(logs.resolve("leadkeeper-%g.log").toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger("app.leadkeeper").warning("Cannot write the log in " + logs + ": " + e.getMessage());
        }
    }
}
