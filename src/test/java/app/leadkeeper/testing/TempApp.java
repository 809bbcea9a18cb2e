package app.leadkeeper.testing;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.LeadData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A real application context on an H2 file database in a temporary folder, with a fixed clock. */
public final class TempApp {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:15:30Z"), ZONE);

    private TempApp() {}

    public static AppContext open(Path dir) {
        return AppContext.open(new DataFolder(dir), CLOCK);
    }

    public static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    public static LeadData.Builder lead(String first, String last, String email) {
        return LeadData.builder()
                .firstName(first)
                .lastName(last)
                .email(email)
                .createdAt(OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(2)));
    }
}
