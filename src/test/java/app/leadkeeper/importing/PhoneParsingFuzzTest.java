package app.leadkeeper.importing;

import static app.leadkeeper.importing.FuzzInputs.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.leads.PhoneNumbers;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Phone cells of any text, read as an import reads them: Meta's "p:" prefix off, spreadsheet notation refused,
 * then the fast normaliser. It never throws, answers E.164 or null, agrees with libphonenumber's own parse (which
 * it stands in for), and an answer reads back as itself. Saved inputs under PhoneParsingFuzzTestInputs replay in
 * every build; JAZZER_FUZZ=1 fuzzes (see the README).
 */
class PhoneParsingFuzzTest {
    /**
     * "+", the calling code and the national number, as libphonenumber writes E.164: it allows national numbers of
     * up to 17 digits (German fixed lines have up to 15), so more than E.164's 15 digits in all.
     */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,19}");
    /** Home regions whose numbering plans differ: national prefixes 0, 1, 8 or none, shared and own codes. */
    private static final List<String> REGIONS = List.of("DE", "US", "GB", "FR", "IT", "RU", "IN", "BR", "AU");

    private static final List<PhoneNumbers> SLOW =
            REGIONS.stream().map(PhoneNumbers::new).toList();
    private static final List<PhoneNormalizer> FAST =
            SLOW.stream().map(PhoneNormalizer::new).toList();

    /** The input is the cell's text as UTF-8, so saved inputs are plain text files. */
    @FuzzTest
    @Timeout(10)
    void anyTextIsE164OrNull(byte[] data) {
        String value = new String(data, StandardCharsets.UTF_8);
        String raw = PhoneValues.withoutPrefix(value);
        assertThat(raw).isIn(value, value.length() > 2 ? value.substring(2).strip() : value);
        checkValueShapes(raw);
        if (raw.isEmpty() || PhoneValues.isScientific(raw)) {
            return;
        }
        for (int i = 0; i < REGIONS.size(); i++) {
            String e164 = FAST.get(i).toE164(raw);
            String expected = SLOW.get(i).toE164(raw).orElse(null);
            assertThat(e164)
                    .as("%s in %s: fast path against libphonenumber's parse", quoted(raw), REGIONS.get(i))
                    .isEqualTo(expected);
            if (e164 != null) {
                assertThat(e164).as("%s in %s", quoted(raw), REGIONS.get(i)).matches(E164);
                assertThat(FAST.get(i).toE164(e164))
                        .as("%s in %s read back", e164, REGIONS.get(i))
                        .isEqualTo(e164);
            }
        }
    }

    /** The cell checks the importer runs first: digits only, or a number in scientific notation. */
    private static void checkValueShapes(String raw) {
        if (PhoneValues.isDigits(raw)) {
            assertThat(raw).matches("[0-9]+");
        }
        if (PhoneValues.isScientific(raw)) {
            // What a spreadsheet wrote is a number: "9.19876E+11" or, with a decimal comma, "4,91701E+12".
            assertThat(Double.parseDouble(raw.replace(',', '.')))
                    .as(quoted(raw))
                    .isNotNaN();
        }
    }
}
