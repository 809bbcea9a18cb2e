package app.leadkeeper.spend;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored spend entry with its channel's name; {@code date} is the first of the month for a whole month. */
public record SpendEntry(
        long id,
        LocalDate date,
        boolean wholeMonth,
        long channelId,
        String channelName,
        String campaign,
        BigDecimal amount,
        String note,
        Long importBatchId)
        implements LedgerEntry<SpendDraft> {

    /** The draft that edits this entry. */
    public SpendDraft draft() {
        return new SpendDraft(date, wholeMonth, channelId, campaign, amount, note);
    }
}
