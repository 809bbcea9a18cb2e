package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One entry of the spend ledger: a day, or a whole month ({@code date} is then its first day). */
record SpendEntry(LocalDate date, boolean wholeMonth, String campaign, BigDecimal amount) {}
