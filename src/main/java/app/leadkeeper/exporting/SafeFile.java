package app.leadkeeper.exporting;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all or nothing: the content goes to a temporary file beside the target, which is moved into place
 * only when complete. A failed or cancelled export never leaves half a file, and an existing file is replaced only by
 * a complete one. Failures become a {@link UserException} naming the file and the cause in plain words.
 */
final class SafeFile {
    /** The writing step: gets the temporary path, returns what the caller wants back (say, a count). */
    interface Writer<T> {
        T write(Path temp) throws IOException;
    }

    private SafeFile() {}

    static <T> T write(Path file, Writer<T> writer) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("Cannot write " + file + ": the folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new UserException("Cannot write " + file + ": it is a folder.");
        }
        Path temp = createTemp(file, target);
        boolean moved = false;
        try {
            T result = writer.write(temp);
            moveIntoPlace(temp, target);
            moved = true;
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new UserException("Cannot write " + file + ": " + describe(e), e);
        } catch (Progress.CancelledException e) {
            throw e;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static Path createTemp(Path file, Path target) {
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the finished export.
            String name =
                    "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp";
            return Files.createFile(target.resolveSibling(name));
        } catch (IOException e) {
            throw new UserException("Cannot write " + file + ": " + describe(e), e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A stray temporary file is harmless; the error that got us here matters more.
        }
    }

    static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = cause.getMessage();
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason();
        }
        if (message != null && message.contains("No space left")) {
            return "the disk is full";
        }
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
