package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.LeadSortField;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx lead export, read back with fastexcel-reader: sheets, header, cell types, formats and values. */
class LeadXlsxExporterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dataDir), CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void numbersDatesMoneyAndBooleansAreTypedWhilePhonesAndIdsStayText() {
        long channel = app.channels().ensure("Trade show").id();
        app.leads()
                .create(LeadData.builder()
                        .firstName("Anna")
                        .lastName("Berg")
                        .email("anna@example.com")
                        .phone("+49 30 1234567")
                        .company("Berg GmbH")
                        .companySize(250)
                        .dealValue(new BigDecimal("1234.50"))
                        .channelId(channel)
                        .created(new CreatedAt(OffsetDateTime.parse("2026-03-04T10:15:30+01:00"), true))
                        .outbound(true)
                        .tags(List.of("vip", "event"))
                        .build());
        Path file = outDir.resolve("leads.xlsx");

        ExportService.LeadsWritten written = export(file);

        assertThat(written.leads()).isEqualTo(1);
        assertThat(written.sheets()).containsExactly("Leads");
        Map<String, List<Row>> sheets = Workbooks.read(file);
        assertThat(sheets).containsOnlyKeys("Leads");
        List<Row> rows = sheets.get("Leads");
        assertThat(rows).hasSize(2);
        assertThat(Workbooks.texts(rows.get(0)))
                .containsExactlyElementsOf(
                        LeadColumn.ALL.stream().map(LeadColumn::label).toList());
        Row lead = rows.get(1);
        assertThat(cell(lead, LeadColumn.ID).getType()).isEqualTo(CellType.STRING);
        assertThat(cell(lead, LeadColumn.PHONE).getType()).isEqualTo(CellType.STRING);
        assertThat(cell(lead, LeadColumn.PHONE).getText()).isEqualTo("+49 30 1234567");
        assertThat(cell(lead, LeadColumn.PHONE_E164).getText()).isEqualTo("+49301234567");
        assertThat(cell(lead, LeadColumn.COMPANY_SIZE).getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell(lead, LeadColumn.COMPANY_SIZE).asNumber()).isEqualByComparingTo("250");
        assertThat(cell(lead, LeadColumn.DEAL_VALUE).getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell(lead, LeadColumn.DEAL_VALUE).asNumber()).isEqualByComparingTo("1234.50");
        assertThat(cell(lead, LeadColumn.DEAL_VALUE).getDataFormatString()).isEqualTo("\"€\"#,##0.00");
        assertThat(cell(lead, LeadColumn.CREATED_AT).getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell(lead, LeadColumn.CREATED_AT).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        // 10:15 at +01:00 is 10:15 in Berlin in March: the computer's zone, as a spreadsheet date has none.
        assertThat(cell(lead, LeadColumn.CREATED_AT).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 4, 10, 15, 30));
        assertThat(cell(lead, LeadColumn.OUTBOUND).getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(cell(lead, LeadColumn.OUTBOUND).asBoolean()).isTrue();
        assertThat(cell(lead, LeadColumn.CHANNEL).getText()).isEqualTo("Trade show");
        assertThat(cell(lead, LeadColumn.TAGS).getText()).isEqualTo("event; vip");
        assertThat(cell(lead, LeadColumn.SCORE).getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell(lead, LeadColumn.STATUS).getText()).as("codes in words").isEqualTo("Open");
        assertThat(cell(lead, LeadColumn.QUALIFICATION).getText()).isEqualTo("Lead");
    }

    @Test
    void theHeaderIsFrozenFilteredAndTheColumnsHaveWidths() {
        app.leads().create(LeadData.builder().firstName("Anna").build());
        app.leads().create(LeadData.builder().firstName("Ben").build());
        Path file = outDir.resolve("look.xlsx");

        export(file);

        String xml = Workbooks.sheetXml(file);
        assertThat(xml).contains("state=\"frozen\"").contains("ySplit=\"1\"");
        assertThat(xml).contains("<autoFilter ref=\"A1:AM3\">");
        assertThat(xml).contains("<col min=\"5\" max=\"5\" width=\"34");
    }

    @Test
    void leadsBeyondASheetsRowLimitContinueOnFurtherSheetsWithTheHeader() {
        app.leads()
                .addAll(IntStream.range(0, 7)
                        .mapToObj(i -> LeadData.builder().firstName("Lead " + i).build())
                        .toList());
        Path file = outDir.resolve("split.xlsx");

        LeadXlsxExporter.Written written = new LeadXlsxExporter(CLOCK.getZone(), "EUR", 3)
                .export(file, app.exports().allLeads(), List.of(LeadColumn.ID, LeadColumn.FIRST_NAME), new Progress());

        assertThat(written.leads()).isEqualTo(7);
        assertThat(written.sheets()).containsExactly("Leads", "Leads (2)", "Leads (3)");
        Map<String, List<Row>> sheets = Workbooks.read(file);
        assertThat(sheets.keySet()).containsExactly("Leads", "Leads (2)", "Leads (3)");
        assertThat(sheets.values())
                .allSatisfy(rows -> assertThat(Workbooks.texts(rows.getFirst())).containsExactly("ID", "First name"));
        assertThat(sheets.values().stream()
                        .flatMap(rows -> rows.subList(1, rows.size()).stream())
                        .map(r -> r.getCell(1).getText()))
                .containsExactly("Lead 0", "Lead 1", "Lead 2", "Lead 3", "Lead 4", "Lead 5", "Lead 6");
    }

    @Test
    void aViewExportHasTheViewsLeadsInItsOrderAndOnlyItsColumns() {
        long ads = app.channels().ensure("Ads").id();
        app.leads()
                .create(LeadData.builder()
                        .firstName("Zoe")
                        .lastName("Ads")
                        .channelId(ads)
                        .build());
        app.leads()
                .create(LeadData.builder().firstName("Adam").lastName("Other").build());
        app.leads()
                .create(LeadData.builder()
                        .firstName("Bea")
                        .lastName("Ads")
                        .channelId(ads)
                        .build());
        Path file = outDir.resolve("view.xlsx");
        LeadFilter onlyAds = new LeadFilter(null, null, null, ads, List.of());

        app.exports()
                .exportLeads(
                        file,
                        app.exports().view(onlyAds, new LeadSort(LeadSortField.NAME, true)),
                        List.of(LeadColumn.FIRST_NAME, LeadColumn.CHANNEL),
                        CsvOptions.DEFAULT,
                        new Progress());

        List<Row> rows = Workbooks.read(file).get("Leads");
        assertThat(rows.stream().map(Workbooks::texts))
                .containsExactly(List.of("First name", "Channel"), List.of("Bea", "Ads"), List.of("Zoe", "Ads"));
    }

    @Test
    void aCancelledExportLeavesNoFileAndAnExistingFileAsItWas() throws Exception {
        app.leads()
                .addAll(IntStream.range(0, 2_500)
                        .mapToObj(i -> LeadData.builder().firstName("Lead " + i).build())
                        .toList());
        Path file = outDir.resolve("kept.xlsx");
        Files.writeString(file, "the old file");
        Progress progress = new Progress();
        progress.cancel();

        assertThatThrownBy(() -> app.exports()
                        .exportLeads(file, app.exports().allLeads(), LeadColumn.ALL, CsvOptions.DEFAULT, progress))
                .isInstanceOf(Progress.CancelledException.class);

        assertThat(Files.readString(file)).isEqualTo("the old file");
        try (var files = Files.list(outDir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private ExportService.LeadsWritten export(Path file) {
        return app.exports()
                .exportLeads(file, app.exports().allLeads(), LeadColumn.ALL, CsvOptions.DEFAULT, new Progress());
    }

    private static org.dhatim.fastexcel.reader.Cell cell(Row row, LeadColumn column) {
        return row.getCell(column.ordinal());
    }
}
