package app.leadkeeper.privacy;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/** A backup in the data folder and when it was taken: from the time stamp in its name, else when it was written. */
public record BackupFile(Path file, OffsetDateTime takenAt) {
    public String name() {
        return file.getFileName().toString();
    }
}
