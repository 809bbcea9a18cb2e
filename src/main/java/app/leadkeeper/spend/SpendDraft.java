package app.leadkeeper.spend;

import app.leadkeeper.core.TextKeys;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A spend entry as typed: one day, or a whole month ({@code date} is then any day of it). Nulls mean "not given";
 * {@link #problems()} says what is wrong before anything is stored.
 */
public record SpendDraft(
        LocalDate date, boolean wholeMonth, Long channelId, String campaign, BigDecimal amount, String note) {
    public static final int CAMPAIGN_MAX = 200;
    public static final int NOTE_MAX = 500;
    /** DECIMAL(15, 2): thirteen digits before the point. */
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("10000000000000");

    /** The day stored: the first of the month for a whole month. */
    public LocalDate storedDate() {
        return date == null ? null : wholeMonth ? date.withDayOfMonth(1) : date;
    }

    /** What is wrong, field by field, in words the user reads beside the field; empty when the draft can be saved. */
    public Map<SpendField, String> problems() {
        Map<SpendField, String> problems = new LinkedHashMap<>();
        if (date == null) {
            problems.put(SpendField.DATE, wholeMonth ? "Month: choose the month." : "Date: choose the day.");
        }
        if (channelId == null) {
            problems.put(SpendField.CHANNEL, "Channel: choose where the money went.");
        }
        String cleanCampaign = TextKeys.clean(campaign);
        if (cleanCampaign != null && cleanCampaign.length() > CAMPAIGN_MAX) {
            problems.put(SpendField.CAMPAIGN, "Campaign: at most " + CAMPAIGN_MAX + " characters.");
        }
        String amountProblem = amountProblem(amount);
        if (amountProblem != null) {
            problems.put(SpendField.AMOUNT, amountProblem);
        }
        String cleanNote = TextKeys.clean(note);
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            problems.put(SpendField.NOTE, "Note: at most " + NOTE_MAX + " characters.");
        }
        return problems;
    }

    private static String amountProblem(BigDecimal amount) {
        if (amount == null) {
            return "Amount: enter what was paid, e.g. 1,250.00.";
        }
        if (amount.signum() < 0) {
            return "Amount: cannot be negative.";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "Amount: at most 2 decimals.";
        }
        if (amount.compareTo(AMOUNT_LIMIT) >= 0) {
            return "Amount: too large.";
        }
        return null;
    }
}
