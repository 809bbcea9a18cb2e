package app.leadkeeper.importing;

import static app.leadkeeper.importing.FuzzInputs.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Timeout;

/**
 * Date cells of any text: the parser answers a real date or null, never an exception, and what it answers writes
 * back as ISO 8601 and reads the same. The saved inputs under DateParserFuzzTestInputs replay in every build;
 * JAZZER_FUZZ=1 fuzzes (see the README).
 */
class DateParserFuzzTest {

    /** The input is the cell's text as UTF-8, so saved inputs are plain text files. */
    @FuzzTest
    @Timeout(10)
    void anyTextIsADateOrNull(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        DateParser.Value dayFirst = DateParser.parse(text, DateOrder.DAY_FIRST);
        DateParser.Value monthFirst = DateParser.parse(text, DateOrder.MONTH_FIRST);
        int evidence = DateParser.orderEvidence(text);

        assertThat(evidence).isBetween(DateParser.OTHER_SHAPE, DateParser.AMBIGUOUS);
        checkValue(text, dayFirst, DateOrder.DAY_FIRST);
        checkValue(text, monthFirst, DateOrder.MONTH_FIRST);
        if (dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst)) {
            // The column's order is decided from such values: one the order changes must count as evidence.
            assertThat(evidence).as("order evidence of %s", quoted(text)).isNotEqualTo(DateParser.OTHER_SHAPE);
        }
        if ((dayFirst == null) != (monthFirst == null)) {
            assertThat(evidence).as("order evidence of %s", quoted(text)).isNotEqualTo(DateParser.OTHER_SHAPE);
        }
    }

    private static void checkValue(String text, DateParser.Value value, DateOrder order) {
        if (value == null) {
            return;
        }
        LocalDateTime local = value.local();
        assertThat(local).as("date of %s", quoted(text)).isNotNull();
        if (isEpoch(text)) {
            return; // Unix timestamps reach 2286; the written forms are held to 1900–2200
        }
        assertThat(local.getYear()).as("year of %s", quoted(text)).isBetween(1900, 2200);
        String iso = iso(value);
        assertThat(DateParser.parse(iso, order))
                .as("%s read as %s, written back as %s", quoted(text), value, iso)
                .isEqualTo(value);
    }

    private static String iso(DateParser.Value value) {
        LocalDateTime t = value.local();
        String written = String.format(
                "%04d-%02d-%02dT%02d:%02d:%02d.%09d",
                t.getYear(),
                t.getMonthValue(),
                t.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                t.getSecond(),
                t.getNano());
        return value.offset() == null ? written : written + value.offset().getId();
    }

    private static boolean isEpoch(String text) {
        return (text.length() == 10 || text.length() == 13) && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
