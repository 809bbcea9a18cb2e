package app.leadkeeper.leads;

import app.leadkeeper.core.TextKeys;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Turns what the user typed into the words to look for: folded, and phone-like text reduced to its digits. */
public final class SearchQuery {
    private SearchQuery() {}

    /** The words of the query, longest first (the longest is the most selective to scan for). */
    public static List<String> words(String typed) {
        String folded = TextKeys.fold(typed);
        if (folded.isEmpty()) {
            return List.of();
        }
        if (looksLikePhone(folded)) {
            String digits = TextKeys.digits(folded);
            return digits.isEmpty() ? List.of() : List.of(digits);
        }
        return Arrays.stream(folded.split(" "))
                .filter(w -> !w.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static boolean looksLikePhone(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ("+-() ./".indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= 3;
    }
}
