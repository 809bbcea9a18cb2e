package app.leadkeeper.data;

import app.leadkeeper.core.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where Leadkeeper keeps its data: an explicit folder, LEADKEEPER_HOME, or the operating system's convention. */
public record DataFolder(Path path) {

    public static final String ENV_HOME = "LEADKEEPER_HOME";

    /** Picks the folder: the --data-dir option first, then LEADKEEPER_HOME, then the OS convention. */
    public static DataFolder resolve(Optional<Path> option, Map<String, String> env, String osName, Path userHome) {
        if (option.isPresent()) {
            return new DataFolder(option.get().toAbsolutePath().normalize());
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home).toAbsolutePath().normalize());
        }
        return new DataFolder(conventional(env, osName, userHome));
    }

    public static DataFolder resolveDefault(Optional<Path> option) {
        return resolve(
                option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    private static Path conventional(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null
                    ? Path.of(appData)
                    : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Leadkeeper");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Leadkeeper");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : userHome.resolve(".local").resolve("share");
        return base.resolve("leadkeeper");
    }

    /** Creates the folder if needed and checks that it is a writable directory. */
    public void prepare() {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UserException("Cannot create the data folder " + path + ": " + describe(e), e);
        }
        if (!Files.isDirectory(path)) {
            throw new UserException("The data folder " + path + " is not a folder.");
        }
        if (!Files.isWritable(path)) {
            throw new UserException("The data folder " + path + " is not writable: check its permissions.");
        }
    }

    public Path databaseBase() {
        return path.resolve("leadkeeper");
    }

    public Path databaseFile() {
        return path.resolve("leadkeeper.mv.db");
    }

    public Path backups() {
        return path.resolve("backups");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    static String describe(IOException e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
