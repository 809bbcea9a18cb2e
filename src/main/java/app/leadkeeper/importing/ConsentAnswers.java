package app.leadkeeper.importing;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.leads.Consent;
import java.util.Set;

/** What a consent column's value says: yes, no, or (blank) nothing. */
final class ConsentAnswers {
    private static final Set<String> NO = Set.of(
            "no",
            "n",
            "false",
            "0",
            "off",
            "unchecked",
            "not checked",
            "declined",
            "refused",
            "opted out",
            "unsubscribed",
            "nein",
            "non",
            "nee",
            "falsch",
            "-",
            "none",
            "not given");

    private ConsentAnswers() {}

    /**
     * YES for yes-words in the four languages and for any other text (checkbox exports write the label of a
     * ticked box, such as "I agree to the privacy policy"); NO for no-words and sentences that start with a
     * negation; null for a blank value, which states nothing.
     */
    static Consent of(String value) {
        String folded = TextKeys.fold(value);
        if (folded.isEmpty()) {
            return null;
        }
        if (NO.contains(folded)
                || folded.startsWith("no ")
                || folded.startsWith("not ")
                || folded.startsWith("i do not")
                || folded.startsWith("i don't")
                || folded.startsWith("nein")
                || folded.startsWith("non ")
                || folded.contains("nicht einverstanden")) {
            return Consent.NO;
        }
        return Consent.YES;
    }
}
