package app.leadkeeper.importing;

import app.leadkeeper.leads.PhoneNumbers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * What reading a file needs from the app: the phone region for numbers without a country code, the time zone for
 * times written without one, the clock giving the import time, the file name for consent notes, and the stages of
 * the pipeline by folded name (for a stage column).
 */
public record ImportContext(
        PhoneNumbers phones, ZoneId zone, Clock clock, String fileName, Map<String, Long> stageIds) {
    public ImportContext {
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(fileName, "fileName");
        stageIds = Map.copyOf(stageIds);
    }

    public ImportContext(PhoneNumbers phones, ZoneId zone, Clock clock, String fileName) {
        this(phones, zone, clock, fileName, Map.of());
    }

    /** The usual context: the clock's zone, the file's own name. */
    public static ImportContext of(Path file, PhoneNumbers phones, Clock clock) {
        return new ImportContext(phones, clock.getZone(), clock, String.valueOf(file.getFileName()));
    }

    /** The stage a value of a stage column names (matched without case and accents), or null. */
    public Long stageId(String value) {
        return stageIds.get(app.leadkeeper.core.TextKeys.fold(value));
    }
}
