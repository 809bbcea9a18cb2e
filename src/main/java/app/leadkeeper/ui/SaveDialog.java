package app.leadkeeper.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The operating system's save dialog for one kind of file. The file gets the extension when the user left it off,
 * and each dialog opens where its last file went.
 */
public final class SaveDialog {
    private Path lastFolder;

    /**
     * Asks where to save; empty when the user cancels.
     *
     * @param description the kind of file, as the dialog's filter names it ("JSON", "Leadkeeper backup")
     * @param extension with its dot: ".json"
     */
    public Optional<Path> ask(Window owner, String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(description + " (*" + extension + ")", "*" + extension));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = withExtension(chosen.toPath(), extension);
        lastFolder = path.toAbsolutePath().getParent();
        return Optional.of(path);
    }

    /** The path as it is when it ends in {@code extension} (in any case), else with the extension added. */
    static Path withExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)
                ? path
                : path.resolveSibling(path.getFileName() + extension);
    }
}
