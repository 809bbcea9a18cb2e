package app.leadkeeper.core;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Thin wrapper over the platform logger, so the code base logs one way. */
public final class Log {
    private static final Logger LOGGER = System.getLogger("app.leadkeeper");

    private Log() {}

    public static void error(String message, Throwable error) {
        LOGGER.log(Level.ERROR, message, error);
    }

    public static void warn(String message) {
        LOGGER.log(Level.WARNING, message);
    }

    public static void info(String message) {
        LOGGER.log(Level.INFO, message);
    }
}
