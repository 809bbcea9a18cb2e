package app.leadkeeper.spend;

import app.leadkeeper.core.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the spend dialog's fields into a draft, with what is wrong in each; no JavaFX, so it is tested plainly. */
public final class SpendForm {
    private SpendForm() {}

    /** The draft the fields make and their problems (empty when it can be saved). */
    public record Result(SpendDraft draft, Map<SpendField, String> problems) {
        public Result {
            problems = Map.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Result read(
            LocalDate date,
            boolean wholeMonth,
            Long channelId,
            String campaign,
            String amountText,
            String note,
            Locale locale) {
        BigDecimal amount = Amounts.parse(amountText, locale).orElse(null);
        SpendDraft draft = new SpendDraft(date, wholeMonth, channelId, campaign, amount, note);
        Map<SpendField, String> problems = new LinkedHashMap<>(draft.problems());
        if (amount == null && amountText != null && !amountText.isBlank()) {
            problems.put(
                    SpendField.AMOUNT,
                    "Amount: “" + shorten(amountText.strip()) + "” is not an amount; write it like " + example(locale)
                            + ".");
        }
        return new Result(draft, problems);
    }

    /** "1,250.00" as the locale writes it. */
    public static String example(Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(new BigDecimal("1250"));
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
