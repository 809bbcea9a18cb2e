package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole spend report as read, before anything is written.
 *
 * @param rows the data rows read (header, title and blank rows left out), including skipped and rejected ones
 * @param currency the currency the report names, or null when it names none
 * @param from the first day the valid rows cover, or null when there are none
 */
record SpendRead(
        SpendFile file,
        int rows,
        List<SpendRow> valid,
        List<SpendProblem> errors,
        int rejected,
        List<SpendProblem> skipped,
        String currency,
        LocalDate from,
        LocalDate to) {

    BigDecimal total() {
        return valid.stream().map(SpendRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
