package app.leadkeeper.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides the day/month order of each date column over the whole column: the first value that can only be read
 * one way (13/04/2024 is day first, 04/13/2024 month first) settles it, and so does a first date that is not
 * numeric day/month at all (2024-04-13, an ISO column). A column whose every value fits both orders takes the
 * order of the user's region.
 */
final class DateOrderAnalysis {
    private static final int UNDECIDED = 0;
    private static final int NOT_NEEDED = 4;

    private final int[] columns;
    private final int[] state;
    private final boolean[] ambiguous;
    private final List<String> header;
    private final DateOrder fallback;
    private final String region;
    private int undecided;

    DateOrderAnalysis(List<String> header, ColumnMapping mapping, String region) {
        this.header = header;
        this.region = region;
        this.fallback = DateOrder.forRegion(region);
        int[] found = new int[header.size()];
        int count = 0;
        for (int i = 0; i < header.size(); i++) {
            if (mapping.target(i).isDate()) {
                found[count++] = i;
            }
        }
        this.columns = Arrays.copyOf(found, count);
        this.state = new int[count];
        this.ambiguous = new boolean[count];
        this.undecided = count;
    }

    boolean needsPass() {
        return columns.length > 0;
    }

    /** Looks at one data record; returns false once every date column is decided. */
    boolean add(CsvRecord record) {
        for (int k = 0; k < columns.length; k++) {
            if (state[k] != UNDECIDED || columns[k] >= record.getFieldCount()) {
                continue;
            }
            String value = record.getField(columns[k]).strip();
            if (value.isEmpty()) {
                continue;
            }
            int evidence = DateParser.orderEvidence(value);
            if (evidence == DateParser.DAY_FIRST || evidence == DateParser.MONTH_FIRST) {
                state[k] = evidence;
                undecided--;
            } else if (evidence == DateParser.AMBIGUOUS) {
                ambiguous[k] = true;
            } else if (!ambiguous[k] && DateParser.parse(value, fallback) != null) {
                state[k] = NOT_NEEDED;
                undecided--;
            }
        }
        return undecided > 0;
    }

    /** The order per column index (the region's for columns that need none). */
    DateOrder[] orders() {
        DateOrder[] orders = new DateOrder[header.size()];
        Arrays.fill(orders, fallback);
        for (int k = 0; k < columns.length; k++) {
            if (state[k] == DateParser.DAY_FIRST) {
                orders[columns[k]] = DateOrder.DAY_FIRST;
            } else if (state[k] == DateParser.MONTH_FIRST) {
                orders[columns[k]] = DateOrder.MONTH_FIRST;
            }
        }
        return orders;
    }

    /** A note for each column read in the assumed order. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < columns.length; k++) {
            if (state[k] == UNDECIDED && ambiguous[k]) {
                notes.add("Column \"" + header.get(columns[k]) + "\": no date in the whole column has a day above 12,"
                        + " so its dates are read " + (fallback == DateOrder.MONTH_FIRST ? "month" : "day")
                        + " first, as usual in region " + region + ".");
            }
        }
        return notes;
    }
}
