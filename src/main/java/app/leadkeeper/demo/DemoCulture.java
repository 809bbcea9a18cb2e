package app.leadkeeper.demo;

import java.util.Arrays;
import java.util.List;

/**
 * People who share a language and a script: their names (female and male, with the family-name forms that differ
 * by gender), the regions they live in, and the local companies, job titles and messages that make them look real.
 */
record DemoCulture(
        String name,
        int weight,
        NameOrder order,
        List<DemoRegion> regions,
        List<DemoName> femaleFirst,
        List<DemoName> maleFirst,
        List<DemoName> femaleLast,
        List<DemoName> maleLast,
        List<DemoName> companies,
        List<String> jobTitles,
        List<String> messages) {

    /** How a full name is written: given name first (no full name stored), or family name first with or without a space. */
    enum NameOrder {
        GIVEN_FIRST(null),
        FAMILY_FIRST_SPACED(" "),
        FAMILY_FIRST_JOINED("");

        private final String separator;

        NameOrder(String separator) {
            this.separator = separator;
        }

        /** The full name to store, or null when first and last name say it all. */
        String fullName(DemoName first, DemoName last) {
            return separator == null ? null : last.text() + separator + first.text();
        }
    }

    /** Family names as "Male/Female" pairs where they differ ("Kowalski/Kowalska=kowalski/kowalska"). */
    static List<DemoName> lastNames(String entries, boolean female) {
        return Arrays.stream(entries.split(","))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .map(e -> DemoName.list(genderForm(e, female)).getFirst())
                .toList();
    }

    private static String genderForm(String entry, boolean female) {
        int eq = entry.indexOf('=');
        String text = eq < 0 ? entry : entry.substring(0, eq);
        String ascii = eq < 0 ? null : entry.substring(eq + 1);
        String chosenText = pick(text, female);
        return ascii == null ? chosenText : chosenText + "=" + pick(ascii, female);
    }

    private static String pick(String pair, boolean female) {
        int slash = pair.indexOf('/');
        if (slash < 0) {
            return pair.strip();
        }
        return (female ? pair.substring(slash + 1) : pair.substring(0, slash)).strip();
    }

    static List<String> texts(String entries) {
        return Arrays.stream(entries.split("\\|"))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .toList();
    }
}
