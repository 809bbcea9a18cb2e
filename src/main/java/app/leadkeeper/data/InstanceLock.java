package app.leadkeeper.data;

import app.leadkeeper.core.UserException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running Leadkeeper per data folder. The operating system releases the lock when the process dies, so a crash
 * never leaves a stale lock behind.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(DataFolder folder) {
        Path file = folder.path().resolve("leadkeeper.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UserException(
                    "Cannot write to the data folder " + folder.path() + ": " + DataFolder.describe(e), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserException("Cannot lock the data folder " + folder.path() + ": " + DataFolder.describe(e), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new AlreadyRunningException(folder.path());
        }
        try {
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            // The pid is only a hint for people; the lock itself is what counts.
        }
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Released by the OS at exit anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing left to do.
        }
    }

    /** Another Leadkeeper already uses this data folder. */
    public static final class AlreadyRunningException extends UserException {
        public AlreadyRunningException(Path folder) {
            super("Leadkeeper is already running with the data folder " + folder
                    + ". Close the other window (or wait for the other command to finish) and try again.");
        }
    }
}
