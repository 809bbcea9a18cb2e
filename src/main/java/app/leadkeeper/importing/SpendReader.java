package app.leadkeeper.importing;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TextKeys;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads every row of a spend report after its header: the period, campaign, amount and traffic of each; totals and
 * summary rows and rows that spent nothing are skipped and said so; a row that cannot be read is an error naming its
 * line and column; a currency other than the data folder's refuses the file (Leadkeeper does not convert).
 */
final class SpendReader {
    /** "Total: Account", "Totals", "Gesamt: Kampagnen", "Summe" — not a campaign called "Total recall". */
    private static final java.util.regex.Pattern TOTALS =
            java.util.regex.Pattern.compile("(grand )?(total|totals|totale|totaux|gesamt|summe|insgesamt)( ?:.*)?");

    private final SpendFile file;
    private final SpendColumns columns;
    private final String folderCurrency;
    private final List<SpendProblem> errors = new ArrayList<>();
    private final List<SpendProblem> skipped = new ArrayList<>();
    private final List<SpendRow> valid = new ArrayList<>();
    private int rejected;
    private String currency;
    private boolean currencyRefused;

    SpendReader(SpendFile file, String folderCurrency) {
        this.file = file;
        this.columns = file.columns();
        this.folderCurrency = folderCurrency.toUpperCase(Locale.ROOT);
        this.currency = columns.headerCurrency();
    }

    SpendRead read(Progress progress) {
        List<CsvRecord> records = dataRecords();
        DateOrder order = dateOrder(records);
        boolean decimalComma = SpendAmounts.decimalComma(
                records.stream().map(r -> field(r, columns.amount())).toList(), file.delimiter());
        if (columns.headerCurrency() != null) {
            checkCurrency(file.headerLine(), header(columns.amount()), columns.headerCurrency());
        }
        for (int i = 0; i < records.size(); i++) {
            if (i % 1000 == 0) {
                progress.checkCancelled();
                progress.update((double) i / records.size(), "Reading row " + (i + 1) + " of " + records.size());
            }
            readRow(records.get(i), order, decimalComma);
        }
        LocalDate from =
                valid.stream().map(SpendRow::start).min(LocalDate::compareTo).orElse(null);
        LocalDate to =
                valid.stream().map(SpendRow::end).max(LocalDate::compareTo).orElse(null);
        return new SpendRead(
                file,
                records.size(),
                List.copyOf(valid),
                List.copyOf(errors),
                rejected,
                List.copyOf(skipped),
                currency,
                from,
                to);
    }

    /** The records after the header, without blank rows and repeats of the header. */
    private List<CsvRecord> dataRecords() {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReaders.builder(file.delimiter()).ofCsvRecord(file.text())) {
            for (CsvRecord record : csv) {
                if (record.getStartingLineNumber() <= file.headerLine() || CsvReaders.isBlank(record)) {
                    continue;
                }
                if (isHeaderAgain(record)) {
                    continue;
                }
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private boolean isHeaderAgain(CsvRecord record) {
        return record.getFieldCount() == file.header().size()
                && HeaderNames.clean(record.getField(0)).equals(file.header().getFirst())
                && HeaderNames.clean(record.getField(columns.amount())).equals(header(columns.amount()));
    }

    private void readRow(CsvRecord record, DateOrder order, boolean decimalComma) {
        long line = record.getStartingLineNumber();
        if (isTotals(record)) {
            skipped.add(new SpendProblem(line, header(0), "a totals row"));
            return;
        }
        String startText = field(record, columns.start());
        String amountText = field(record, columns.amount());
        if (columns.campaign() >= 0 && isNone(field(record, columns.campaign()))) {
            // Meta's and LinkedIn's summary rows, and Google's subtotal rows, name no campaign; every campaign has one.
            skipped.add(new SpendProblem(line, header(columns.campaign()), "a summary row without a campaign"));
            return;
        }
        int errorsBefore = errors.size();
        LocalDate[] period = period(line, startText, record, order);
        BigDecimal amount =
                isNone(amountText) ? BigDecimal.ZERO.setScale(2) : SpendAmounts.parse(amountText, decimalComma);
        if (amount == null) {
            error(line, columns.amount(), "“" + amountText + "” is not an amount");
        } else if (amount.signum() < 0) {
            error(line, columns.amount(), "a negative amount (" + amountText + "): the ledger keeps what was spent");
        } else if (amount.compareTo(SpendAmounts.MAX) > 0) {
            error(line, columns.amount(), "“" + amountText + "” is too large an amount");
        }
        String rowCurrency = columns.currency() >= 0 ? TextKeys.clean(field(record, columns.currency())) : null;
        if (rowCurrency == null) {
            rowCurrency = SpendAmounts.currencyOf(amountText);
        }
        if (rowCurrency != null && !isNone(rowCurrency)) {
            checkCurrency(line, header(columns.currency() >= 0 ? columns.currency() : columns.amount()), rowCurrency);
        }
        Long impressions = count(line, record, columns.impressions());
        Long clicks = count(line, record, columns.clicks());
        if (errors.size() > errorsBefore || currencyRefused) {
            rejected++;
            return;
        }
        if (amount.signum() == 0) {
            skipped.add(new SpendProblem(line, header(columns.amount()), "nothing spent"));
            return;
        }
        String campaign = columns.campaign() >= 0 ? TextKeys.clean(field(record, columns.campaign())) : null;
        if (campaign != null && campaign.length() > 300) {
            campaign = campaign.substring(0, 300);
        }
        valid.add(new SpendRow(line, period[0], period[1], campaign, amount, impressions, clicks));
    }

    /** The first and last day the row covers; errors reported (and null days) when the dates cannot be read. */
    private LocalDate[] period(long line, String startText, CsvRecord record, DateOrder order) {
        if (columns.start() < 0) {
            return file.titlePeriod().clone();
        }
        if (isNone(startText)) {
            error(line, columns.start(), "no date");
            return new LocalDate[2];
        }
        if (columns.end() < 0 || columns.period() != SpendColumns.Period.DAY) {
            return switch (columns.period()) {
                case DAY -> {
                    LocalDate day = SpendPeriods.day(startText, order);
                    if (day == null) {
                        error(line, columns.start(), "“" + startText + "” is not a date");
                    }
                    yield new LocalDate[] {day, day};
                }
                case WEEK -> {
                    LocalDate day = SpendPeriods.day(startText, order);
                    if (day == null) {
                        error(line, columns.start(), "“" + startText + "” is not the first day of a week");
                    }
                    yield new LocalDate[] {day, day == null ? null : day.plusDays(6)};
                }
                case MONTH -> {
                    YearMonth month = SpendPeriods.month(startText, order);
                    if (month == null) {
                        error(line, columns.start(), "“" + startText + "” is not a month");
                    }
                    yield month == null ? new LocalDate[2] : new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                }
            };
        }
        LocalDate start = SpendPeriods.day(startText, order);
        if (start == null) {
            error(line, columns.start(), "“" + startText + "” is not a date");
        }
        String endText = field(record, columns.end());
        LocalDate end = isNone(endText) ? start : SpendPeriods.day(endText, order);
        if (end == null && !isNone(endText)) {
            error(line, columns.end(), "“" + endText + "” is not a date");
        } else if (start != null && end != null && end.isBefore(start)) {
            error(line, columns.end(), "the period ends (" + end + ") before it starts (" + start + ")");
        }
        return new LocalDate[] {start, end};
    }

    private void checkCurrency(long line, String field, String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (currency == null) {
            currency = upper;
        }
        if (!upper.equals(folderCurrency) && !currencyRefused) {
            currencyRefused = true;
            errors.add(new SpendProblem(
                    line,
                    field,
                    "the report is in " + upper + " but this data folder keeps its spend in " + folderCurrency
                            + "; Leadkeeper does not convert currencies: export the report in " + folderCurrency
                            + " or change the data folder's currency"));
        }
    }

    private Long count(long line, CsvRecord record, int column) {
        String text = field(record, column);
        if (isNone(text)) {
            return null;
        }
        String digits = TextKeys.digits(text);
        boolean onlyNumberMarks = text.chars()
                .allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\'');
        if (digits.isEmpty() || !onlyNumberMarks || digits.length() > 15) {
            error(line, column, "“" + text + "” is not a whole number");
            return null;
        }
        return Long.valueOf(digits);
    }

    /** Google Ads ends with "Total: Account", "Total: Campaigns"…; other tools write "Total", "Totals", "Gesamt". */
    private static boolean isTotals(CsvRecord record) {
        for (int i = 0; i < Math.min(3, record.getFieldCount()); i++) {
            if (TOTALS.matcher(TextKeys.fold(record.getField(i))).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day/month order of numeric dates: the first value that can be read only one way decides; when every value
     * fits both, the platform's habit.
     */
    private DateOrder dateOrder(List<CsvRecord> records) {
        for (CsvRecord record : records) {
            for (int column : new int[] {columns.start(), columns.end()}) {
                int evidence = DateParser.orderEvidence(field(record, column));
                if (evidence == DateParser.DAY_FIRST) {
                    return DateOrder.DAY_FIRST;
                }
                if (evidence == DateParser.MONTH_FIRST) {
                    return DateOrder.MONTH_FIRST;
                }
            }
        }
        // LinkedIn writes 1/12/2026 the American way whatever the account's country; others follow the computer's.
        return columns.platform() == AdPlatform.LINKEDIN_ADS
                ? DateOrder.MONTH_FIRST
                : DateOrder.forRegion(Locale.getDefault().getCountry());
    }

    private void error(long line, int column, String reason) {
        errors.add(new SpendProblem(line, header(column), reason));
    }

    private String header(int column) {
        return column >= 0 && column < file.header().size() ? file.header().get(column) : "";
    }

    private static String field(CsvRecord record, int column) {
        return column >= 0 && column < record.getFieldCount()
                ? record.getField(column).strip()
                : "";
    }

    private static boolean isNone(String text) {
        return text == null
                || text.isBlank()
                || text.strip().equals("--")
                || text.strip().equals("-");
    }
}
