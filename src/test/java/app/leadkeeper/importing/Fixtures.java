package app.leadkeeper.importing;

import app.leadkeeper.leads.PhoneNumbers;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The fixture files under src/test/resources/importing, read with a fixed clock in Berlin. */
final class Fixtures {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), BERLIN);

    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/importing/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    static ImportContext context(Path file, String region) {
        return ImportContext.of(file, new PhoneNumbers(region), CLOCK);
    }

    static ImportReader reader(String name, String region) {
        Path file = path(name);
        return new ImportReader(file, ImportReader.sniff(file), null, context(file, region));
    }

    /** Every record of a fixture, with the automatic mapping. */
    static List<ImportRecord> read(String name, String region) {
        return read(reader(name, region));
    }

    static List<ImportRecord> read(ImportReader reader) {
        List<ImportRecord> records = new ArrayList<>();
        reader.forEach(records::add);
        return records;
    }
}
