package app.leadkeeper.nurture;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a cadence text for one lead: {@code {first_name}}, {@code {last_name}}, {@code {name}},
 * {@code {company}} and {@code {offer}}. Where the lead has no value the text still reads well ("Hi there", "your
 * company"); an unknown placeholder is left as written, so that a typo shows instead of vanishing.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** The names the editor offers, in the order it lists them. */
    public static final java.util.List<String> NAMES =
            java.util.List.of("{first_name}", "{last_name}", "{name}", "{company}", "{offer}");

    private Placeholders() {}

    public static String fill(String template, String firstName, String lastName, String company, String offer) {
        if (template == null) {
            return null;
        }
        String first = blank(firstName) ? null : firstName.strip();
        String last = blank(lastName) ? null : lastName.strip();
        String fullName = first == null ? last : last == null ? first : first + " " + last;
        Map<String, String> values = Map.of(
                "first_name", first == null ? "there" : first,
                "last_name", last == null ? "" : last,
                "name", fullName == null ? "there" : fullName,
                "company", blank(company) ? "your company" : company.strip(),
                "offer", blank(offer) ? "our offer" : offer.strip());
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
