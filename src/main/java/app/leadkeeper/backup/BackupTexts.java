package app.leadkeeper.backup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How backups are named to the user: sizes and times. */
public final class BackupTexts {
    private BackupTexts() {}

    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%,d KB", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return String.format("%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String when(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(at.atZone(zone));
    }
}
