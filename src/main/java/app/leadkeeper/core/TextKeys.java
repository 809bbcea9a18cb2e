package app.leadkeeper.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The folded forms of text used for matching, sorting and search: lower case, accents removed, spaces collapsed. */
public final class TextKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextKeys() {}

    /** Folds text for case- and accent-insensitive comparison; null and blank give an empty string. */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) >= 128) {
                return foldNonAscii(folded);
            }
        }
        return folded;
    }

    private static String foldNonAscii(String lower) {
        String stripped =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String replaced = stripped.replace("ß", "ss")
                .replace('ø', 'o')
                .replace('ł', 'l')
                .replace('đ', 'd')
                .replace("æ", "ae");
        // Case mapping and decomposition can each expose characters the other changes; settle on a fixed point.
        String again = SPACES.matcher(
                        Normalizer.normalize(replaced, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        return again.equals(lower) ? again : fold(again);
    }

    /** Only the digits of a text, for phone matching. */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Trims and turns blank text into null, so the database never stores "" for "nothing". */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
