package app.leadkeeper.demo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as written in its own script, with the ASCII form used to build email addresses and web domains
 * ("Łukasz" → "lukasz", "Анна" → "anna", "佐藤" → "sato").
 */
record DemoName(String text, String ascii) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ADDRESS = Pattern.compile("[^a-z0-9-]");

    /**
     * Parses "text=ascii, text=ascii, …"; where "=ascii" is left out, the ASCII form is the text without its accents,
     * so Latin names need no alias unless a convention differs (German "Müller" → "mueller").
     */
    static List<DemoName> list(String entries) {
        return Arrays.stream(entries.split(","))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .map(DemoName::parse)
                .toList();
    }

    private static DemoName parse(String entry) {
        int eq = entry.indexOf('=');
        String text = eq < 0 ? entry : entry.substring(0, eq).strip();
        String ascii = eq < 0 ? toAscii(text) : entry.substring(eq + 1).strip();
        if (ascii.isEmpty() || !ascii.equals(NOT_ADDRESS.matcher(ascii).replaceAll(""))) {
            throw new IllegalArgumentException("no usable ASCII form for demo name " + entry);
        }
        return new DemoName(text, ascii);
    }

    /** Lower-case ASCII letters, digits and hyphens: accents dropped, a few letters spelled out, spaces removed. */
    static String toAscii(String text) {
        String spelled = text.replace("ß", "ss")
                .replace("ł", "l")
                .replace("Ł", "L")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("đ", "d");
        String bare = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_ADDRESS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
