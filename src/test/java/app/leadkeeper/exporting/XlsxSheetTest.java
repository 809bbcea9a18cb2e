package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheet writer's text cells: repeated texts shared up to a bound, then inline; what XML cannot carry, dropped. */
class XlsxSheetTest {
    @TempDir
    Path dir;

    @Test
    void repeatedTextsAreSharedUpToTheBoundThenWrittenInlineAndAllReadBack() throws Exception {
        Path file = dir.resolve("texts.xlsx");
        int distinct = XlsxSheet.MAX_SHARED_TEXTS + 5;
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = LeadXlsxExporter.workbook(out);
            XlsxSheet sheet = new XlsxSheet(workbook, "Texts", ZoneId.of("UTC"), "EUR");
            sheet.header(0, List.of("City", "Again"), List.of(12, 12));
            for (int i = 1; i <= distinct; i++) {
                sheet.repeatedText(i, 0, "City " + i);
                sheet.repeatedText(i, 1, i % 2 == 0 ? "Berlin" : "Lyon\u0001");
                sheet.rowDone(i);
            }
            sheet.finish();
            workbook.finish();
        }

        List<Row> rows = Workbooks.read(file).get("Texts");
        assertThat(rows).hasSize(distinct + 1);
        assertThat(rows.get(1).getCell(0).getText()).isEqualTo("City 1");
        assertThat(rows.get(distinct).getCell(0).getText()).isEqualTo("City " + distinct);
        assertThat(rows.get(distinct).getCell(1).getText()).isIn("Berlin", "Lyon");
        assertThat(rows.get(1).getCell(1).getText())
                .as("a control character is dropped")
                .isEqualTo("Lyon");
        String xml = Workbooks.sheetXml(file);
        assertThat(xml).contains("t=\"s\"").contains("t=\"inlineStr\"").doesNotContain("<f>");
    }

    @Test
    void everyFormattedCellHasItsFormatAcrossFlushesAndGapsAndEmptyCellsStayUnwritten() throws Exception {
        Path file = dir.resolve("formats.xlsx");
        int rows = 1_203; // past two flushes
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = LeadXlsxExporter.workbook(out);
            XlsxSheet sheet = new XlsxSheet(workbook, "Formats", ZoneId.of("UTC"), "EUR");
            sheet.header(0, List.of("Day", "Amount", "Rate"), List.of(12, 12, 12));
            for (int i = 1; i <= rows; i++) {
                sheet.cell(i, 0, day.plusDays(i), CellKind.DATE);
                // Money on rows that are not multiples of 3: runs broken by empty cells.
                sheet.cell(i, 1, i % 3 == 0 ? null : new java.math.BigDecimal(i), CellKind.MONEY);
                // A rate, in bold on every 100th row (a totals row's look): its own style between runs.
                sheet.cell(i, 2, i / 1000.0, CellKind.PERCENT, i % 100 == 0);
                sheet.rowDone(i);
            }
            sheet.finish();
            workbook.finish();
        }

        List<Row> read = Workbooks.read(file).get("Formats");
        assertThat(read).hasSize(rows + 1);
        for (int i = 1; i <= rows; i++) {
            Row row = read.get(i);
            assertThat(row.getCell(0).getDataFormatString())
                    .as("day, row %d", i)
                    .isEqualTo("yyyy-mm-dd");
            if (i % 3 == 0) {
                assertThat(row.getOptionalCell(1))
                        .as("row %d has no amount cell", i)
                        .isEmpty();
            } else {
                assertThat(row.getCell(1).getDataFormatString())
                        .as("amount, row %d", i)
                        .isEqualTo("\"€\"#,##0.00");
            }
            assertThat(row.getCell(2).getDataFormatString())
                    .as("rate, row %d", i)
                    .isEqualTo("0.0%");
        }
    }

    @Test
    void textIsCleanedOfWhatXmlCannotCarryAndCutToWhatACellHolds() {
        assertThat(XlsxSheet.clean("a\u0000b\u0007c\td\ne")).isEqualTo("abc\td\ne");
        assertThat(XlsxSheet.clean("x\uD800y")).as("a lone surrogate").isEqualTo("xy");
        assertThat(XlsxSheet.clean("😀")).isEqualTo("😀");
        assertThat(XlsxSheet.clean("z".repeat(40_000))).hasSize(XlsxSheet.MAX_CELL_TEXT);
    }
}
