package app.leadkeeper.data;

import app.leadkeeper.core.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The data folder is the owner's only (0700 folders, 0600 files) where the file system knows POSIX permissions:
 * leads are personal data, and other accounts on the same computer have no business reading them.
 */
final class FilePermissions {
    private FilePermissions() {}

    /** Makes one file or folder the owner's only; a file system without POSIX permissions is left as it is. */
    static void ownerOnly(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null || !Files.exists(path)) {
            return;
        }
        try {
            view.setPermissions(PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            Log.warn("Could not make " + path + " readable by its owner only: " + e.getMessage());
        }
    }

    /** The folder, its files and its subfolders (one level: backups/, logs/). */
    static void ownerOnlyTree(Path folder) {
        ownerOnly(folder);
        try (Stream<Path> children = Files.list(folder)) {
            children.forEach(child -> {
                ownerOnly(child);
                if (Files.isDirectory(child)) {
                    try (Stream<Path> inner = Files.list(child)) {
                        inner.forEach(FilePermissions::ownerOnly);
                    } catch (IOException e) {
                        Log.warn("Could not list " + child + ": " + e.getMessage());
                    }
                }
            });
        } catch (IOException e) {
            Log.warn("Could not list " + folder + ": " + e.getMessage());
        }
    }
}
