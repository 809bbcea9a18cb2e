package app.leadkeeper.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a full name into first and last name the way people read it: the last word is the last name, with the
 * particles before it ("Ludwig van Beethoven", "María de la Cruz") and a suffix after it ("Martin Luther King
 * Jr."); "Last, First" is turned round. A single word is a first name.
 */
final class PersonNames {
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ten", "ter", "zu", "dos",
            "das", "do", "bin", "ibn", "al", "el", "st", "st.", "mac", "af", "y");
    private static final Set<String> SUFFIXES =
            Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d.");

    /** First and last name; either may be null. */
    record Parts(String first, String last) {}

    private PersonNames() {}

    static Parts split(String fullName) {
        String name = fullName.strip();
        int comma = name.indexOf(',');
        if (comma > 0
                && comma == name.lastIndexOf(',')
                && !isSuffix(name.substring(comma + 1).strip())) {
            String last = name.substring(0, comma).strip();
            String first = name.substring(comma + 1).strip();
            return new Parts(first.isEmpty() ? null : first, last.isEmpty() ? null : last);
        }
        String[] words = name.split("\\s+");
        int n = words.length;
        if (n == 1) {
            return new Parts(words[0], null);
        }
        int lastStart = n - 1;
        if (isSuffix(words[n - 1]) && n >= 3) {
            lastStart = n - 2;
        }
        while (lastStart > 1 && PARTICLES.contains(words[lastStart - 1].toLowerCase(Locale.ROOT))) {
            lastStart--;
        }
        return new Parts(
                String.join(" ", Arrays.copyOfRange(words, 0, lastStart)),
                String.join(" ", Arrays.copyOfRange(words, lastStart, n)));
    }

    private static boolean isSuffix(String word) {
        return SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** First and last name joined, skipping a missing one; null when both are missing. */
    static String join(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }
}
