package app.leadkeeper.nurture;

import static app.leadkeeper.db.Tables.CADENCE_RUN;
import static app.leadkeeper.db.Tables.IMPORT_BATCH;
import static app.leadkeeper.db.Tables.IMPORT_CHANGE;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.QUALIFICATION_CHANGE;
import static app.leadkeeper.db.Tables.STAGE;
import static app.leadkeeper.db.Tables.STAGE_CHANGE;
import static app.leadkeeper.db.Tables.TASK;
import static app.leadkeeper.db.Tables.TOUCH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * A lead's timeline: its creation, touches, tasks (open ones at their due time, done ones when done), stage and
 * qualification changes, the imports that created or updated it, and cadences started and stopped — newest first.
 * A few indexed reads by lead id, each small.
 */
public final class TimelineQuery {

    public List<TimelineEntry> forLead(DSLContext dsl, long leadId) {
        List<TimelineEntry> entries = new ArrayList<>();
        Optional.ofNullable(dsl.select(LEAD.CREATED_AT)
                        .from(LEAD)
                        .where(LEAD.ID.eq(leadId))
                        .fetchOne())
                .ifPresent(r -> entries.add(
                        new TimelineEntry(r.value1(), TimelineEntry.Kind.CREATED, "Lead created", null, leadId)));
        dsl.selectFrom(TOUCH)
                .where(TOUCH.LEAD_ID.eq(leadId))
                .forEach(t -> entries.add(new TimelineEntry(
                        t.getOccurredAt(),
                        TimelineEntry.Kind.TOUCH,
                        TouchKind.valueOf(t.getKind()).label(),
                        t.getNote(),
                        t.getId())));
        dsl.selectFrom(TASK).where(TASK.LEAD_ID.eq(leadId)).forEach(t -> {
            boolean done = t.getDoneAt() != null;
            entries.add(new TimelineEntry(
                    done ? t.getDoneAt() : t.getDueAt(),
                    done ? TimelineEntry.Kind.TASK_DONE : TimelineEntry.Kind.TASK_OPEN,
                    t.getTitle(),
                    TaskKind.valueOf(t.getKind()).label() + (done ? " · done" : " · due"),
                    t.getId()));
        });
        Map<Long, String> stages = new HashMap<>();
        dsl.select(STAGE.ID, STAGE.NAME).from(STAGE).forEach(r -> stages.put(r.value1(), r.value2()));
        dsl.selectFrom(STAGE_CHANGE)
                .where(STAGE_CHANGE.LEAD_ID.eq(leadId))
                .forEach(c -> entries.add(new TimelineEntry(
                        c.getChangedAt(),
                        TimelineEntry.Kind.STAGE,
                        "Moved to " + stages.getOrDefault(c.getToStageId(), "a deleted stage"),
                        "from " + stages.getOrDefault(c.getFromStageId(), "a deleted stage") + cause(c.getCause()),
                        c.getId())));
        dsl.selectFrom(QUALIFICATION_CHANGE)
                .where(QUALIFICATION_CHANGE.LEAD_ID.eq(leadId))
                .forEach(c -> entries.add(new TimelineEntry(
                        c.getChangedAt(),
                        TimelineEntry.Kind.QUALIFICATION,
                        "Qualified as " + c.getToValue(),
                        "was " + c.getFromValue() + cause(c.getCause()),
                        c.getId())));
        dsl.select(
                        IMPORT_BATCH.ID,
                        IMPORT_BATCH.FILE_NAME,
                        IMPORT_BATCH.STARTED_AT,
                        IMPORT_BATCH.UNDONE_AT,
                        IMPORT_CHANGE.CHANGE_KIND)
                .from(IMPORT_CHANGE)
                .join(IMPORT_BATCH)
                .on(IMPORT_BATCH.ID.eq(IMPORT_CHANGE.BATCH_ID))
                .where(IMPORT_CHANGE.LEAD_ID.eq(leadId))
                .forEach(r -> entries.add(new TimelineEntry(
                        r.value3(),
                        TimelineEntry.Kind.IMPORT,
                        ("CREATED".equals(r.value5()) ? "Imported from " : "Updated by an import of ") + r.value2(),
                        "import " + r.value1() + (r.value4() == null ? "" : " · undone"),
                        r.value1())));
        dsl.selectFrom(CADENCE_RUN).where(CADENCE_RUN.LEAD_ID.eq(leadId)).forEach(run -> {
            entries.add(new TimelineEntry(
                    run.getStartedAt(),
                    TimelineEntry.Kind.CADENCE,
                    "Cadence started: " + run.getCadenceName(),
                    run.getStageId() == null
                            ? "by hand"
                            : "on entering " + stages.getOrDefault(run.getStageId(), "a deleted stage"),
                    run.getId()));
            if (run.getStoppedAt() != null) {
                entries.add(new TimelineEntry(
                        run.getStoppedAt(),
                        TimelineEntry.Kind.CADENCE,
                        "Cadence stopped: " + run.getCadenceName(),
                        stopReason(run.getStopReason()),
                        run.getId()));
            }
        });
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private static String cause(String cause) {
        return switch (cause) {
            case "IMPORT" -> " · by an import";
            case "RULE" -> " · by a rule";
            default -> "";
        };
    }

    private static String stopReason(String reason) {
        return switch (reason == null ? "" : reason) {
            case "CLOSED" -> "the lead was won or lost";
            case "LEFT_STAGE" -> "the lead left the stage";
            default -> "stopped by hand";
        };
    }
}
