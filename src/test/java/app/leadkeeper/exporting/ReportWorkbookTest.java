package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.nurture.TaskDraft;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.nurture.TaskPriority;
import app.leadkeeper.testing.ChannelFixtures;
import app.leadkeeper.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report workbook of a period, read back: the six sheets in order, the summary's figures, the funnel, the channels
 * with their totals row, the tasks due in the period and the spend with its total — against a small fixture whose
 * figures are counted by hand.
 */
class ReportWorkbookTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"), BERLIN);
    private AppContext app;
    private Channel google;
    private Channel referral;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dataDir), clock);
        google = app.channels().find("Google Ads").orElseThrow();
        referral = app.channels().find("Referral").orElseThrow();
        // In March 2026: three Google Ads leads (one won for 3,000), one referral; one Google lead in April (outside).
        Lead won = lead("Ada Winner", google, "2026-03-02T10:00:00+01:00");
        lead("Ben Google", google, "2026-03-10T10:00:00+01:00");
        lead("Cy Google", google, "2026-03-31T23:30:00+02:00"); // still March in Berlin
        Lead referred = lead("Dee Referral", referral, "2026-03-20T10:00:00+01:00");
        lead("Eve April", google, "2026-04-01T10:00:00+02:00");
        win(won, "2026-03-20T10:00:00+01:00", "3000");
        spend(google, "2026-03-05", false, "400.00");
        spend(google, "2026-03-01", true, "800.00"); // the whole of March
        spend(google, "2026-04-02", false, "999.00"); // outside
        app.tasks()
                .create(new TaskDraft(
                        referred.id(),
                        "Call about the referral",
                        TaskKind.CALL,
                        TaskPriority.HIGH,
                        OffsetDateTime.parse("2026-03-21T09:00:00+01:00"),
                        null));
        app.tasks()
                .create(new TaskDraft(
                        referred.id(),
                        "A task in May",
                        TaskKind.EMAIL,
                        TaskPriority.NORMAL,
                        OffsetDateTime.parse("2026-05-21T09:00:00+02:00"),
                        null));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theSixSheetsCarryThePeriodsFigures() {
        Path file = outDir.resolve("report.xlsx");

        ReportWorkbook.Written written =
                app.exports().exportReport(file, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), new Progress());

        assertThat(written.sheets()).containsExactly("Summary", "Leads", "Funnel", "Channels", "Tasks", "Spend");
        assertThat(written.leads()).isEqualTo(4);
        assertThat(written.tasks()).isEqualTo(1);
        assertThat(written.spendEntries()).isEqualTo(2);
        Map<String, List<Row>> sheets = Workbooks.read(file);
        assertThat(sheets.keySet()).containsExactly("Summary", "Leads", "Funnel", "Channels", "Tasks", "Spend");

        List<Row> summary = sheets.get("Summary");
        assertThat(summary.getFirst().getCell(0).getText()).isEqualTo("Leadkeeper report");
        assertThat(value(summary, "Period").getText()).isEqualTo("2026-03-01 – 2026-03-31");
        assertThat(value(summary, "Leads").asNumber()).isEqualByComparingTo("4");
        assertThat(value(summary, "Customers").asNumber()).isEqualByComparingTo("1");
        assertThat(value(summary, "Spend").asNumber()).isEqualByComparingTo("1200.00");
        assertThat(value(summary, "Spend").getDataFormatString()).isEqualTo("\"€\"#,##0.00");
        assertThat(value(summary, "Cost per lead").asNumber()).isEqualByComparingTo("300.00");
        assertThat(value(summary, "Revenue").asNumber()).isEqualByComparingTo("3000.00");
        assertThat(value(summary, "ROI").asNumber()).isEqualByComparingTo("1.5");
        assertThat(value(summary, "ROI").getDataFormatString()).isEqualTo("0.0%");
        assertThat(value(summary, "Lead → customer").asNumber()).isEqualByComparingTo("0.25");
        assertThat(value(summary, "Won").asNumber()).isEqualByComparingTo("1");
        assertThat(value(summary, "Leads", 1).getText()).isEqualTo("4 leads created in the period, on the sheet Leads");

        List<Row> leads = sheets.get("Leads");
        assertThat(leads).hasSize(5);
        assertThat(leads.subList(1, 5).stream()
                        .map(r -> r.getCell(LeadColumn.FULL_NAME.ordinal()).getText()))
                .containsExactlyInAnyOrder("Ada Winner", "Ben Google", "Cy Google", "Dee Referral");

        List<Row> channels = sheets.get("Channels");
        assertThat(Workbooks.texts(channels.getFirst()).subList(0, 5))
                .containsExactly("Channel", "Category", "Direction", "Leads", "MQLs");
        Row googleRow = row(channels, "Google Ads").orElseThrow();
        assertThat(googleRow.getCell(3).asNumber()).isEqualByComparingTo("3");
        assertThat(googleRow.getCell(2).getText()).isEqualTo("Inbound");
        Row total = row(channels, "Total").orElseThrow();
        assertThat(total.getCell(3).asNumber()).isEqualByComparingTo("4");
        assertThat(channels.getLast()).isSameAs(total);

        List<Row> funnel = sheets.get("Funnel");
        assertThat(Workbooks.texts(funnel.getFirst()).getFirst()).isEqualTo("Stage");
        List<String> stageNames =
                app.stages().stages().stream().map(Stage::name).toList();
        assertThat(funnel.subList(1, stageNames.size() + 1).stream()
                        .map(r -> r.getCell(0).getText()))
                .containsExactlyElementsOf(stageNames);

        List<Row> tasks = sheets.get("Tasks");
        assertThat(tasks).hasSize(2);
        Row task = tasks.get(1);
        assertThat(task.getCell(0).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 21, 9, 0));
        assertThat(task.getCell(2).getText()).isEqualTo("Overdue");
        assertThat(task.getCell(3).getText()).isEqualTo("Call about the referral");
        assertThat(task.getCell(4).getText()).isEqualTo("Call");
        assertThat(task.getCell(5).getText()).isEqualTo("High");
        assertThat(task.getCell(6).getText()).isEqualTo("Dee Referral");

        List<Row> spend = sheets.get("Spend");
        assertThat(spend).hasSize(4);
        assertThat(spend.get(1).getCell(0).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(spend.get(1).getCell(1).getText()).isEqualTo("Month");
        assertThat(spend.get(2).getCell(1).getText()).isEqualTo("Day");
        assertThat(spend.get(3).getCell(0).getText()).isEqualTo("Total");
        assertThat(spend.get(3).getCell(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(spend.get(3).getCell(4).asNumber()).isEqualByComparingTo("1200.00");
    }

    @Test
    void anEmptyPeriodGivesEmptySheetsWithTheirHeadersAndNoNumbersWhereNothingIsDefined() {
        Path file = outDir.resolve("empty.xlsx");

        app.exports().exportReport(file, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), new Progress());

        Map<String, List<Row>> sheets = Workbooks.read(file);
        assertThat(sheets.get("Leads")).hasSize(1);
        assertThat(sheets.get("Tasks")).hasSize(1);
        assertThat(value(sheets.get("Summary"), "Leads").asNumber()).isEqualByComparingTo("0");
        Row cpl = row(sheets.get("Summary"), "Cost per lead").orElseThrow();
        assertThat(cpl.getCellCount() < 2
                        || cpl.getCell(1) == null
                        || cpl.getCell(1).getType() == CellType.EMPTY)
                .as("no spend, no leads: the cost per lead is left empty, never 0 or an error")
                .isTrue();
    }

    @Test
    void theReportIsAWorkbookAndItsPeriodRunsForward() {
        assertThatThrownBy(() -> app.exports().exportReport(outDir.resolve("r.csv"), null, null, new Progress()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("name it .xlsx");
        assertThatThrownBy(() -> app.exports()
                        .exportReport(
                                outDir.resolve("r.xlsx"),
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 1, 1),
                                new Progress()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("ends (2026-01-01) before it starts (2026-02-01)");
    }

    private static org.dhatim.fastexcel.reader.Cell value(List<Row> rows, String label) {
        return value(rows, label, 0);
    }

    /** The value beside the {@code skip}-th row labelled {@code label}. */
    private static org.dhatim.fastexcel.reader.Cell value(List<Row> rows, String label, int skip) {
        return rows.stream()
                .filter(r -> r.getCellCount() > 1
                        && r.getCell(0) != null
                        && label.equals(r.getCell(0).getText()))
                .skip(skip)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label))
                .getCell(1);
    }

    private static Optional<Row> row(List<Row> rows, String label) {
        return rows.stream()
                .filter(r -> r.getCell(0) != null && label.equals(r.getCell(0).getText()))
                .findFirst();
    }

    private Lead lead(String name, Channel channel, String created) {
        return ChannelFixtures.lead(app, name, channel, created);
    }

    private void win(Lead lead, String at, String revenue) {
        ChannelFixtures.win(app, lead, at, revenue);
    }

    private void spend(Channel channel, String date, boolean wholeMonth, String amount) {
        ChannelFixtures.spend(app, channel, date, wholeMonth, amount);
    }
}
