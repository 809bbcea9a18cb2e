package app.leadkeeper.exporting;

import java.util.regex.Pattern;

/**
 * Keeps lead data from turning into live formulas when an export is opened in a spreadsheet ("CSV injection"): a
 * cell that starts with {@code = + - @}, a tab, a carriage return or a NUL (or their full-width forms, which some spreadsheet
 * input methods also accept) gets a leading apostrophe, so the spreadsheet shows it as text.
 *
 * <p>Two kinds of cell are left as written, because they cannot call a function or reach another cell or program:
 * plain numbers such as {@code -5} or {@code +12.5}, and, in phone columns only, phone numbers made of digits, spaces
 * and {@code + - ( ) . /} such as {@code +44 20 7946 0958}. Anything else in a phone column (say {@code =1+2} or
 * {@code +1 HYPERLINK(…)}) is guarded like any other text.
 *
 * <p>An import takes the apostrophe off again ({@link #unguard}), so exported leads import as they were. For that,
 * a value that itself starts with apostrophes and such a character ({@code '=x}) gets one more ({@code ''=x}).
 */
public final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r\0＝＋－＠";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*");

    private FormulaGuard() {}

    /** The text as a cell: null becomes empty, and a would-be formula gets a leading apostrophe. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (looksGuarded(value)) {
            return "'" + value; // so that unguard gives it back with its own apostrophes
        }
        if (TRIGGERS.indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** Apostrophes and then a formula character, as a guarded cell starts. */
    private static boolean looksGuarded(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < value.length() && TRIGGERS.indexOf(value.charAt(i)) >= 0;
    }

    /**
     * The value {@link #text} guarded: the apostrophe it puts before a would-be formula is taken off again, so that
     * an exported file imports as the same leads. Any other cell is returned as it is. (A value that itself starts
     * with apostrophes and a formula character gets one more when exported, so it too comes back as it was.)
     */
    public static String unguard(String cell) {
        if (!looksGuarded(cell)) {
            return cell;
        }
        String value = cell.substring(1);
        return text(value).equals(cell) ? value : cell;
    }

    /** A phone number as a cell: kept as written when it is only a phone number, else guarded as text. */
    public static String phone(String value) {
        if (value != null && PHONE.matcher(value).matches()) {
            return value;
        }
        return text(value);
    }
}
