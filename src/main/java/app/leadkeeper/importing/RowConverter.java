package app.leadkeeper.importing;

import app.leadkeeper.exporting.FormulaGuard;
import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentMethod;
import app.leadkeeper.leads.ConsentRecord;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one record into an {@link ImportRecord}: each value to its column's target, checked and normalised; what
 * does not fit a field (a second email, an invalid phone, a size written as a range) is kept as a custom field under
 * its header, so nothing in the file is lost. Runs once per row: no regular expressions, no streams.
 */
final class RowConverter {
    final Target[] targets;
    final String[] names;
    final boolean[] utc;
    final DateOrder[] orders;
    final Preset preset;
    final PhoneNormalizer phones;
    final String region;
    final ImportContext context;
    final boolean decimalComma;
    final OffsetDateTime importTime;
    final ConsentRecord importedConsent;
    final String fileName;
    /** Channel and consent columns repeat a few values a million times: each distinct one is read once. */
    final Map<String, String> channelNames = new HashMap<>();
    /** As {@link #channelNames}, for consent answers. */
    final Map<String, Consent> consentAnswers = new HashMap<>();

    RowConverter(
            List<String> header,
            ColumnMapping mapping,
            Preset preset,
            DateOrder[] orders,
            ImportContext context,
            char delimiter) {
        int n = header.size();
        this.targets = new Target[n];
        this.names = customFieldNames(header);
        this.utc = new boolean[n];
        for (int i = 0; i < n; i++) {
            targets[i] = mapping.target(i);
            utc[i] = HeaderNames.saysUtc(header.get(i)) || preset.isUtc(header.get(i));
        }
        this.orders = orders.clone();
        this.preset = preset;
        this.context = context;
        this.phones = new PhoneNormalizer(context.phones());
        this.region = context.phones().defaultRegion();
        this.decimalComma = delimiter == ';';
        this.importTime = OffsetDateTime.now(context.clock())
                .atZoneSameInstant(context.zone())
                .toOffsetDateTime();
        this.fileName = context.fileName();
        this.importedConsent = new ConsentRecord(
                Consent.UNKNOWN,
                importTime,
                ConsentMethod.IMPORT,
                "imported from " + fileName + " on "
                        + importTime.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** Header names made usable as custom field names: "Column 3" for a blank one, "Email (2)" for a repeated one. */
    static String[] customFieldNames(List<String> header) {
        String[] names = new String[header.size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String base = header.get(i).isBlank() ? "Column " + (i + 1) : header.get(i);
            String name = base;
            for (int k = 2; !used.add(name); k++) {
                name = base + " (" + k + ")";
            }
            names[i] = name;
        }
        return names;
    }

    ImportRecord convert(long line, CsvRecord record) {
        int n = targets.length;
        int count = record.getFieldCount();
        if (count != n && !(count == n + 1 && record.getField(n).isBlank())) {
            return ImportRecord.refused(
                    line,
                    "the record has " + count + " field" + (count == 1 ? "" : "s") + " but the header has " + n
                            + " columns (a delimiter or quote is missing or extra)",
                    record.getFields());
        }
        RowValues row = new RowValues(this);
        for (int i = 0; i < n; i++) {
            // Exports (ours and other tools') put an apostrophe before text a spreadsheet would run: not the value.
            String value = FormulaGuard.unguard(strip(record.getField(i)));
            if (!value.isEmpty() && targets[i] != Target.IGNORE) {
                row.put(i, targets[i], value);
            }
        }
        return row.finish(line, record);
    }

    /** A memo of at most 10,000 values, so a column of distinct values cannot fill the memory. */
    <T> T remember(Map<String, T> memo, String value, Function<String, T> compute) {
        T known = memo.get(value);
        if (known == null && !memo.containsKey(value)) {
            known = compute.apply(value);
            if (memo.size() < 10_000) {
                memo.put(value, known);
            }
        }
        return known;
    }

    private static String strip(String value) {
        int n = value.length();
        if (n == 0 || (value.charAt(0) > ' ' && value.charAt(n - 1) > ' ' && value.charAt(0) != '\uFEFF')) {
            return value;
        }
        return value.replace("\uFEFF", "").strip();
    }
}
