package app.leadkeeper.demo;

import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageKind;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Walks freshly added demo leads through the pipeline, set-based: open leads move as far as their qualification
 * suggests (MQL one stage, SQL two or three), won leads pass every open stage, lost leads drop out somewhere. Each step
 * is a stage history entry a few days after the one before (never after now), so that the board and the funnel show
 * time in stage and conversion from the first start.
 */
final class DemoJourneyQuery {
    private static final String CAUSE = "RULE";

    private final List<Stage> open;
    private final Long won;
    private final Long lost;

    DemoJourneyQuery(List<Stage> stages) {
        this.open = stages.stream().filter(Stage::isOpen).toList();
        this.won = stages.stream()
                .filter(s -> s.kind() == StageKind.WON)
                .map(Stage::id)
                .findFirst()
                .orElse(null);
        this.lost = stages.stream()
                .filter(s -> s.kind() == StageKind.LOST)
                .map(Stage::id)
                .findFirst()
                .orElse(null);
    }

    /** The open stage (0-based rank) a demo lead ends in or drops out from. */
    private String rank() {
        int last = open.size() - 1;
        return "CASE WHEN status = 'WON' THEN " + last
                + " WHEN status = 'LOST' THEN MOD(id, " + open.size() + ")"
                + " WHEN qualification IN ('MQL', 'PQL') THEN LEAST(1, " + last + ")"
                + " WHEN qualification = 'SQL' THEN LEAST(2 + MOD(id, 2), " + last + ")"
                + " ELSE 0 END";
    }

    /** When the lead left its k-th open stage: 3 days per stage plus a few hours, never later than now. */
    private static String stepTime(int k) {
        return "LEAST(DATEADD('HOUR', " + (k * 72 + 24) + " + MOD(id, 48), created_at), CAST(? AS TIMESTAMP WITH TIME"
                + " ZONE))";
    }

    void apply(DSLContext dsl, long fromId, long toId, OffsetDateTime now) {
        if (open.isEmpty()) {
            return;
        }
        String rank = rank();
        for (int k = 0; k + 1 < open.size(); k++) {
            List<Object> params = new java.util.ArrayList<>(
                    List.of(enteredParams(k, open.get(k).id(), open.get(k + 1).id(), now)));
            params.addAll(List.of(CAUSE, fromId, toId, k));
            dsl.execute(
                    "INSERT INTO stage_change (lead_id, from_stage_id, to_stage_id, entered_at, changed_at, cause)"
                            + " SELECT id, ?, ?, " + entered(k) + ", " + stepTime(k) + ", ? FROM lead"
                            + " WHERE id BETWEEN ? AND ? AND " + rank + " > ?",
                    params.toArray());
        }
        for (int r = 0; r < open.size(); r++) {
            terminal(dsl, "WON", won, r, fromId, toId, now, rank);
            terminal(dsl, "LOST", lost, r, fromId, toId, now, rank);
            String since = r == 0 ? "created_at" : stepTime(r - 1);
            dsl.execute(
                    "UPDATE lead SET stage_id = ?, furthest_stage_id = ?, stage_since = " + since
                            + " WHERE id BETWEEN ? AND ? AND status = 'OPEN' AND " + rank + " = ?",
                    params(open.get(r).id(), open.get(r).id(), r == 0 ? null : now, fromId, toId, r));
            dsl.execute(
                    "UPDATE lead SET furthest_stage_id = ?, stage_since = " + stepTime(r)
                            + " WHERE id BETWEEN ? AND ? AND status <> 'OPEN' AND " + rank + " = ?",
                    open.get(r).id(),
                    now,
                    fromId,
                    toId,
                    r);
        }
    }

    private void terminal(
            DSLContext dsl, String status, Long stage, int r, long fromId, long toId, OffsetDateTime now, String rank) {
        if (stage == null) {
            return;
        }
        List<Object> params =
                new java.util.ArrayList<>(List.of(enteredParams(r, open.get(r).id(), stage, now)));
        params.addAll(List.of(CAUSE, fromId, toId, status, r));
        dsl.execute(
                "INSERT INTO stage_change (lead_id, from_stage_id, to_stage_id, entered_at, changed_at, cause)"
                        + " SELECT id, ?, ?, " + entered(r) + ", " + stepTime(r) + ", ? FROM lead"
                        + " WHERE id BETWEEN ? AND ? AND status = ? AND " + rank + " = ?",
                params.toArray());
    }

    /** When the lead entered its k-th open stage: created for the first, else when it left the one before. */
    private static String entered(int k) {
        return k == 0 ? "created_at" : stepTime(k - 1);
    }

    /** The two stage ids, then the times the entered and left expressions need. */
    private static Object[] enteredParams(int k, long from, long to, OffsetDateTime now) {
        return k == 0 ? new Object[] {from, to, now} : new Object[] {from, to, now, now};
    }

    /** Bind values, leaving out the time when the statement has no placeholder for it. */
    private static Object[] params(Object stage, Object furthest, OffsetDateTime now, long fromId, long toId, int r) {
        return now == null
                ? new Object[] {stage, furthest, fromId, toId, r}
                : new Object[] {stage, furthest, now, fromId, toId, r};
    }
}
