package app.leadkeeper.importing;

import app.leadkeeper.core.TextKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Header names as tools write them (a byte order mark, HTML from older Typeform exports, {@code your-} prefixes,
 * question marks) turned into a clean display name and a matching key.
 */
final class HeaderNames {
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("ndash", "–"),
            Map.entry("mdash", "—"),
            Map.entry("rsquo", "’"),
            Map.entry("lsquo", "‘"),
            Map.entry("hellip", "…"));

    /** Words that carry no meaning in a form question ("What is your email?", "Ihre E-Mail", "Votre nom"). */
    private static final Set<String> FILLERS = Set.of(
            "what",
            "is",
            "your",
            "please",
            "enter",
            "the",
            "my",
            "s",
            "optional",
            "required",
            "utc",
            "gmt",
            "ihre",
            "ihr",
            "ihren",
            "deine",
            "dein",
            "bitte",
            "votre",
            "vos",
            "ton",
            "ta",
            "le",
            "la",
            "les",
            "de",
            "du",
            "d",
            "l",
            "quel",
            "quelle",
            "est",
            "tu",
            "su",
            "sus",
            "cual",
            "el",
            "del",
            "por",
            "favor");

    private HeaderNames() {}

    /** The header as a person reads it: no BOM, HTML tags removed, entities decoded, spaces collapsed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        boolean plain = true;
        for (int i = 0; i < raw.length() && plain; i++) {
            char c = raw.charAt(i);
            plain = c != '\uFEFF' && c != '<' && c != '&' && c != '\n' && c != '\r' && c != '\t' && c != '\u00A0';
        }
        String text = plain ? raw : decode(raw);
        return collapseSpaces(text);
    }

    private static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\uFEFF') {
                i++;
            } else if (c == '<' && isTagStart(raw, i + 1)) {
                int end = raw.indexOf('>', i);
                if (end < 0) {
                    out.append(c);
                    i++;
                } else {
                    out.append(' ');
                    i = end + 1;
                }
            } else if (c == '&') {
                int end = raw.indexOf(';', i);
                String decoded = end > i && end - i <= 10 ? entity(raw.substring(i + 1, end)) : null;
                if (decoded == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(decoded);
                    i = end + 1;
                }
            } else {
                out.append(Character.isWhitespace(c) || c == '\u00A0' ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isTagStart(String s, int i) {
        return i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '/' || s.charAt(i) == '!');
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return codePoint(name.substring(1), 10);
        }
        return ENTITIES.get(name.toLowerCase(Locale.ROOT));
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? Character.toString(cp) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The words of a header, folded (lower case, no accents) and split at anything that is not a letter or a digit;
     * a CFDB7-style {@code your-} prefix and filler words are dropped.
     */
    static List<String> words(String header) {
        String folded = TextKeys.fold(clean(header));
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        List<String> meaningful = new ArrayList<>(words.size());
        for (String w : words) {
            if (!FILLERS.contains(w)) {
                meaningful.add(w);
            }
        }
        // "Your name" stays "name"; a header of fillers only ("What is your...") keeps its words.
        return meaningful.isEmpty() ? words : meaningful;
    }

    /** The matching key: the meaningful words joined without spaces ("E-Mail" and "email" both give "email"). */
    static String key(String header) {
        return String.join("", words(header));
    }

    /** Whether the header says its times are in UTC, as Typeform's "Submit Date (UTC)" does. */
    static boolean saysUtc(String header) {
        String folded = TextKeys.fold(clean(header));
        return folded.contains("utc") || folded.contains("gmt");
    }
}
