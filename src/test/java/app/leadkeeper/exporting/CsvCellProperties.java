package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text through a guarded CSV cell and back: RFC 4180 quoting keeps it, and no cell starts a formula. */
class CsvCellProperties {
    private static final String TRIGGERS = "=+-@\t\r\0＝＋－＠";

    @Provide
    Arbitrary<String> cellText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("=+-@\t\r\n\0\",;|'＝＋－＠ aZ09.").ofMaxLength(12));
    }

    @Property(tries = 500)
    void aGuardedCellReadsBackAsWrittenAndNeverStartsAFormula(
            @ForAll("cellText") String text, @ForAll("delimiter") char delimiter) throws Exception {
        String guarded = FormulaGuard.text(text);
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(delimiter)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(out)) {
            csv.writeRecord(List.of(guarded, "end"));
        }

        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(out.toString())) {
            rows = reader.stream().toList();
        }

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getFields()).containsExactly(guarded, "end");
        if (!guarded.isEmpty() && TRIGGERS.indexOf(guarded.charAt(0)) >= 0) {
            assertThat(guarded).as("only plain numbers may start with a sign").matches("[+-]?\\d+(\\.\\d+)?");
        }
        assertThat(guarded.equals(text) || guarded.equals("'" + text)).isTrue();
    }

    @Provide
    Arbitrary<Character> delimiter() {
        return Arbitraries.of(',', ';', '\t', '|');
    }
}
