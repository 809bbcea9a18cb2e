package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One data row of a spend report: the days it covers (both inclusive), its campaign, amount and traffic. */
record SpendRow(
        long line, LocalDate start, LocalDate end, String campaign, BigDecimal amount, Long impressions, Long clicks) {}
