package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.core.UserException;
import app.leadkeeper.leads.LeadValidator;
import app.leadkeeper.leads.PhoneNumbers;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole file of any bytes through the path an import takes (sniff, automatic mapping, read every record): each
 * record comes out imported or rejected with a reason, in file order, or the file is refused with a UserException
 * naming it; never another exception. Saved inputs under CsvReaderFuzzTestInputs replay in every build;
 * JAZZER_FUZZ=1 fuzzes (see the README).
 */
class CsvReaderFuzzTest {
    private static final String NAME = "leads.csv";
    private static final LeadValidator VALIDATOR = new LeadValidator(new PhoneNumbers("DE"));

    @TempDir
    static Path dir;

    /** The input is the file's bytes, so saved inputs are CSV files as they are. */
    @FuzzTest
    @Timeout(20)
    void anyFileIsReadOrRefused(byte[] data) throws IOException {
        Path file = dir.resolve(NAME);
        Files.write(file, data);
        List<ImportRecord> records = new ArrayList<>();
        ImportReader reader;
        try {
            reader = new ImportReader(file, ImportReader.sniff(file), null, Fixtures.context(file, "DE"));
            reader.forEach(records::add);
        } catch (UserException refused) {
            assertThat(refused.getMessage()).contains(NAME);
            return;
        }
        long previous = 0;
        for (ImportRecord record : records) {
            assertThat(record.line()).as("line of %s", record).isGreaterThan(previous);
            previous = record.line();
            if (record.rejected()) {
                assertThat(record.rejection()).isNotBlank();
            } else {
                // An imported lead is one the editor could save unchanged.
                assertThat(VALIDATOR.validate(record.lead()).summary())
                        .as("line %d", record.line())
                        .isEmpty();
            }
        }
        assertThat(reader.preview(3)).hasSizeLessThanOrEqualTo(Math.min(3, records.size()));
        assertThat(reader.notes()).doesNotContainNull();
    }
}
