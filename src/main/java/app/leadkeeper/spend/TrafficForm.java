package app.leadkeeper.spend;

import app.leadkeeper.core.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the traffic dialog's fields into a draft, with what is wrong in each; no JavaFX. */
public final class TrafficForm {
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private TrafficForm() {}

    /** The draft the fields make and their problems (empty when it can be saved). */
    public record Result(TrafficDraft draft, Map<TrafficField, String> problems) {
        public Result {
            problems = Map.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Result read(
            LocalDate start,
            LocalDate end,
            Long channelId,
            String landingPage,
            String visits,
            String clicks,
            String impressions,
            Locale locale) {
        Map<TrafficField, String> unreadable = new LinkedHashMap<>();
        Long v = count(visits, TrafficField.VISITS, "Visits", locale, unreadable);
        Long c = count(clicks, TrafficField.CLICKS, "Clicks", locale, unreadable);
        Long i = count(impressions, TrafficField.IMPRESSIONS, "Impressions", locale, unreadable);
        TrafficDraft draft = new TrafficDraft(start, end, channelId, landingPage, v, c, i);
        Map<TrafficField, String> problems = new LinkedHashMap<>(draft.problems());
        if (!unreadable.isEmpty()) {
            // A figure that could not be read is the real problem, not "enter a figure".
            problems.remove(TrafficField.VISITS);
            problems.putAll(unreadable);
        }
        return new Result(draft, problems);
    }

    /** A whole number such as "12,500"; null when blank or unreadable (then the reason is recorded). */
    private static Long count(
            String text, TrafficField field, String name, Locale locale, Map<TrafficField, String> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> value = Amounts.parse(text, locale);
        if (value.isEmpty() || value.get().stripTrailingZeros().scale() > 0) {
            unreadable.put(field, name + ": “" + shorten(text.strip()) + "” is not a whole number.");
            return null;
        }
        if (value.get().signum() < 0) {
            unreadable.put(field, name + ": cannot be negative.");
            return null;
        }
        if (value.get().compareTo(LONG_MAX) > 0) {
            unreadable.put(field, name + ": too large.");
            return null;
        }
        return value.get().longValueExact();
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
