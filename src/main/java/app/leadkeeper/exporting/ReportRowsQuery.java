package app.leadkeeper.exporting;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.SPEND;
import static app.leadkeeper.db.Tables.TASK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The read-only report queries behind the Tasks and Spend sheets of the report workbook: the tasks due in a period
 * with their lead, and the spend entries of a period with their channel, streamed in keyset pages by id.
 */
public final class ReportRowsQuery {
    private static final int PAGE_SIZE = 2_000;

    /** A task of the Tasks sheet. */
    public record TaskRow(
            long id,
            OffsetDateTime dueAt,
            OffsetDateTime doneAt,
            String lead,
            String email,
            String company,
            String title,
            String kind,
            String priority) {}

    /** A spend entry of the Spend sheet: a day's spend, or a whole month's (then {@code date} is the 1st). */
    public record SpendRow(
            long id,
            LocalDate date,
            boolean wholeMonth,
            String channel,
            String campaign,
            BigDecimal amount,
            String note) {}

    private final DSLContext dsl;

    public ReportRowsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The tasks due from {@code from} (inclusive) to {@code before} (exclusive), null ends open, by due time. */
    public void tasks(OffsetDateTime from, OffsetDateTime before, Consumer<TaskRow> sink) {
        Condition due = DSL.noCondition();
        if (from != null) {
            due = due.and(TASK.DUE_AT.ge(from));
        }
        if (before != null) {
            due = due.and(TASK.DUE_AT.lt(before));
        }
        OffsetDateTime afterDue = null;
        long afterId = Long.MIN_VALUE;
        while (true) {
            Condition seek = afterDue == null
                    ? DSL.noCondition()
                    : TASK.DUE_AT.gt(afterDue).or(TASK.DUE_AT.eq(afterDue).and(TASK.ID.gt(afterId)));
            List<TaskRow> page = dsl.select(
                            TASK.ID,
                            TASK.DUE_AT,
                            TASK.DONE_AT,
                            DSL.coalesce(
                                    LEAD.FULL_NAME,
                                    DSL.trim(DSL.concat(
                                            DSL.coalesce(LEAD.FIRST_NAME, ""),
                                            DSL.val(" "),
                                            DSL.coalesce(LEAD.LAST_NAME, "")))),
                            LEAD.EMAIL,
                            LEAD.COMPANY,
                            TASK.TITLE,
                            TASK.KIND,
                            TASK.PRIORITY)
                    .from(TASK)
                    .join(LEAD)
                    .on(LEAD.ID.eq(TASK.LEAD_ID))
                    .where(due)
                    .and(seek)
                    .orderBy(TASK.DUE_AT, TASK.ID)
                    .limit(PAGE_SIZE)
                    .fetch(r -> new TaskRow(
                            r.value1(),
                            r.value2(),
                            r.value3(),
                            r.value4(),
                            r.value5(),
                            r.value6(),
                            r.value7(),
                            r.value8(),
                            r.value9()));
            page.forEach(sink);
            if (page.size() < PAGE_SIZE) {
                return;
            }
            afterDue = page.getLast().dueAt();
            afterId = page.getLast().id();
        }
    }

    /**
     * The spend entries of the days {@code from}..{@code to} (both inclusive, null ends open): a day's entry when its
     * day is inside, a whole month's when its month overlaps. By date, then id.
     */
    public List<SpendRow> spend(LocalDate from, LocalDate to) {
        Condition inside = DSL.noCondition();
        if (from != null) {
            inside = inside.and(SPEND.SPEND_DATE
                    .ge(from)
                    .or(SPEND.WHOLE_MONTH.isTrue().and(SPEND.SPEND_DATE.ge(from.withDayOfMonth(1)))));
        }
        if (to != null) {
            inside = inside.and(SPEND.SPEND_DATE.le(to));
        }
        return dsl.select(
                        SPEND.ID,
                        SPEND.SPEND_DATE,
                        SPEND.WHOLE_MONTH,
                        CHANNEL.NAME,
                        SPEND.CAMPAIGN,
                        SPEND.AMOUNT,
                        SPEND.NOTE)
                .from(SPEND)
                .join(CHANNEL)
                .on(CHANNEL.ID.eq(SPEND.CHANNEL_ID))
                .where(inside)
                .orderBy(SPEND.SPEND_DATE, SPEND.ID)
                .fetch(r -> new SpendRow(
                        r.value1(),
                        r.value2(),
                        Boolean.TRUE.equals(r.value3()),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7()));
    }
}
