package app.leadkeeper.demo;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jooq.DSLContext;

/**
 * Gives freshly added demo leads a nurture history, set-based: touches in proportion to how far the lead came (a won
 * lead about seven, a new one one or two, the first being its form submission), and follow-up tasks on a sixth of the
 * open leads (a few overdue, some today, most in the coming weeks) and done tasks on some others.
 */
final class DemoNurtureQuery {
    /** Touch kinds in the order a demo lead meets them after its form submission. */
    private static final String KINDS = "CASE MOD(id + r.x, 7) WHEN 0 THEN 'EMAIL_SENT' WHEN 1 THEN 'EMAIL_OPENED'"
            + " WHEN 2 THEN 'CALL' WHEN 3 THEN 'PRICING_PAGE_VISITED' WHEN 4 THEN 'CONTENT_DOWNLOADED'"
            + " WHEN 5 THEN 'MEETING' ELSE 'WEBINAR_ATTENDED' END";

    /** How many touches a lead gets: by status and qualification, varied by id. */
    private static final String TOUCHES = "CASE WHEN status = 'WON' THEN 5 + MOD(id, 5)"
            + " WHEN status = 'LOST' THEN 1 + MOD(id, 4)"
            + " WHEN qualification = 'SQL' THEN 3 + MOD(id, 4)"
            + " WHEN qualification IN ('MQL', 'PQL') THEN 2 + MOD(id, 3)"
            + " ELSE 1 + MOD(id, 2) END";

    // Task variety comes from id / 7, id / 11, id / 13: the leads given a task share residues of id.
    private static final String TASK_TITLE = "CASE MOD(id / 7, 4) WHEN 0 THEN 'Call ' WHEN 1 THEN 'Email '"
            + " WHEN 2 THEN 'Send the case study to ' ELSE 'Book a meeting with ' END"
            + " || COALESCE(first_name, full_name, company, 'the lead')";

    private static final String TASK_KIND =
            "CASE MOD(id / 7, 4) WHEN 0 THEN 'CALL' WHEN 1 THEN 'EMAIL' WHEN 2 THEN 'SEND_CONTENT' ELSE 'MEETING' END";

    void apply(DSLContext dsl, long fromId, long toId, OffsetDateTime now, ZoneId zone) {
        dsl.execute(
                "INSERT INTO touch (lead_id, kind, occurred_at, note, created_at)"
                        + " SELECT id, CASE WHEN r.x = 1 THEN 'FORM_SUBMITTED' ELSE " + KINDS + " END,"
                        // Every 50 hours after the submission, or closer together for a recent lead, so that its
                        // touches spread between its creation and now instead of piling up at now.
                        + " DATEADD('SECOND', (r.x - 1) * LEAST(180000, DATEDIFF('SECOND', created_at, CAST(? AS"
                        + " TIMESTAMP WITH TIME ZONE)) / 10) + MOD(id, 9) * 60, created_at), NULL, ?"
                        + " FROM lead JOIN SYSTEM_RANGE(1, 9) r ON r.x <= " + TOUCHES
                        + " WHERE id BETWEEN ? AND ?",
                now,
                now,
                fromId,
                toId);
        OffsetDateTime nineToday = ZonedDateTime.of(now.atZoneSameInstant(zone).toLocalDate(), LocalTime.of(9, 0), zone)
                .toOffsetDateTime();
        // Open tasks: days from -3 (overdue) to 16, at 9:00 plus 0–7 hours; those of today in the hours after now, so
        // that whenever the demo is loaded, Today has something to do.
        dsl.execute(
                "INSERT INTO task (lead_id, title, kind, priority, due_at, created_at)"
                        + " SELECT id, " + TASK_TITLE + ", " + TASK_KIND + ","
                        + " CASE MOD(id / 11, 5) WHEN 0 THEN 'HIGH' WHEN 1 THEN 'LOW' ELSE 'NORMAL' END,"
                        + " CASE WHEN MOD(id / 6, 20) = 3 THEN DATEADD('MINUTE', 20 + MOD(id / 13, 12) * 30, CAST(? AS"
                        + " TIMESTAMP WITH TIME ZONE))"
                        + " ELSE DATEADD('HOUR', (MOD(id / 6, 20) - 3) * 24 + MOD(id / 13, 8), CAST(? AS TIMESTAMP WITH"
                        + " TIME ZONE)) END, ?"
                        + " FROM lead WHERE id BETWEEN ? AND ? AND status = 'OPEN' AND MOD(id, 6) = 0",
                now,
                nineToday,
                now,
                fromId,
                toId);
        // Done tasks, each with the touch its completion logged.
        dsl.execute(
                "INSERT INTO task (lead_id, title, kind, priority, due_at, done_at, created_at)"
                        + " SELECT id, " + TASK_TITLE + ", " + TASK_KIND + ", 'NORMAL',"
                        + " DATEADD('HOUR', -24 * (1 + MOD(id / 6, 6)), CAST(? AS TIMESTAMP WITH TIME ZONE)),"
                        + " DATEADD('HOUR', -24 * (1 + MOD(id / 6, 6)) + 2, CAST(? AS TIMESTAMP WITH TIME ZONE)), ?"
                        + " FROM lead WHERE id BETWEEN ? AND ? AND MOD(id, 6) = 3 AND created_at < ?",
                nineToday,
                nineToday,
                now,
                fromId,
                toId,
                now.minusDays(7));
        dsl.execute(
                "INSERT INTO touch (lead_id, kind, occurred_at, note, task_id, created_at)"
                        + " SELECT t.lead_id, CASE t.kind WHEN 'CALL' THEN 'CALL' WHEN 'MEETING' THEN 'MEETING'"
                        + " ELSE 'EMAIL_SENT' END, t.done_at, t.title, t.id, t.created_at"
                        + " FROM task t WHERE t.lead_id BETWEEN ? AND ? AND t.done_at IS NOT NULL",
                fromId,
                toId);
    }
}
