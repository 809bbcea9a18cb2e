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
        String trimmed = SPACES.matcher(text.strip()).replaceAll(" ");
        boolean ascii = true;
        for (int i = 0; i < trimmed.length() && ascii; i++) {
            ascii = trimmed.charAt(i) < 128;
        }
        if (!ascii) {
            trimmed = MARKS.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD))
                    .replaceAll("");
            trimmed = trimmed.replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l');
        }
        return trimmed.toLowerCase(Locale.ROOT);
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
