package app.leadkeeper.importing;

import app.leadkeeper.leads.PhoneNumbers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What reading a file needs from the app: the phone region for numbers without a country code, the time zone for
 * times written without one, the clock giving the import time, and the file name for consent notes.
 */
public record ImportContext(PhoneNumbers phones, ZoneId zone, Clock clock, String fileName) {
    public ImportContext {
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(fileName, "fileName");
    }

    /** The usual context: the clock's zone, the file's own name. */
    public static ImportContext of(Path file, PhoneNumbers phones, Clock clock) {
        return new ImportContext(phones, clock.getZone(), clock, String.valueOf(file.getFileName()));
    }
}
