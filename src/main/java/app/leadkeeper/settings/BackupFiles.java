package app.leadkeeper.settings;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The file dialogs of Settings › Backups: the system's, or a test's answers. */
public interface BackupFiles {
    /** Where to write a backup, suggested name given; empty when the user cancels. */
    Optional<Path> saveAs(Window owner, String suggestedName);

    /** Which backup to restore, starting in {@code folder}; empty when the user cancels. */
    Optional<Path> open(Window owner, Path folder);
}
