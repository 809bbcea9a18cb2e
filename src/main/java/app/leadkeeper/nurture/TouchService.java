package app.leadkeeper.nurture;

import app.leadkeeper.core.UserException;
import app.leadkeeper.importing.ImportHook;
import app.leadkeeper.importing.SourceTool;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Touches: logged by hand, read for a lead, counted toward the "rule of seven". */
public final class TouchService implements ImportHook {
    /** "It takes about seven interactions before a purchase": the touch count shows progress toward this. */
    public static final int RULE_OF_SEVEN = 7;

    private final DSLContext dsl;
    private final TouchRepository touches;
    private final TimelineQuery timeline;
    private final TouchStatsQuery stats;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public TouchService(
            DSLContext dsl, TouchRepository touches, TimelineQuery timeline, TouchStatsQuery stats, Clock clock) {
        this.dsl = dsl;
        this.touches = touches;
        this.timeline = timeline;
        this.stats = stats;
        this.clock = clock;
    }

    /** Called (on the writing thread) after a touch was logged or removed by hand. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Logs a touch; {@code at} null means now. */
    public Touch log(long leadId, TouchKind kind, OffsetDateTime at, String note) {
        if (kind == null) {
            throw new UserException("Choose what kind of touch it was.");
        }
        if (note != null && note.strip().length() > 4000) {
            throw new UserException("A touch's note can be at most 4,000 characters.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime when = at == null ? now : at;
        long id;
        try {
            id = dsl.transactionResult(cfg -> touches.insert(cfg.dsl(), leadId, kind, when, note, null, now));
        } catch (IntegrityConstraintViolationException e) {
            throw new UserException("Lead " + leadId + " no longer exists.");
        }
        listeners.forEach(Runnable::run);
        return new Touch(id, leadId, kind, when, note == null || note.isBlank() ? null : note.strip(), null, null);
    }

    public boolean delete(long touchId) {
        boolean deleted = dsl.transactionResult(cfg -> touches.delete(cfg.dsl(), touchId) > 0);
        listeners.forEach(Runnable::run);
        return deleted;
    }

    /** A lead's touches, newest first. */
    public List<Touch> forLead(long leadId) {
        return touches.forLead(dsl, leadId);
    }

    public int count(long leadId) {
        return touches.count(dsl, leadId);
    }

    /** Touch counts of several leads (a page of the table, a board column); leads without touches are absent. */
    public Map<Long, Integer> counts(Collection<Long> leadIds) {
        return touches.counts(dsl, leadIds);
    }

    /** The lead's timeline, newest first (upcoming tasks on top). */
    public List<TimelineEntry> timeline(long leadId) {
        return timeline.forLead(dsl, leadId);
    }

    /** Median touches per won lead and per open lead, of the leads created in [from, to) (null ends are open). */
    public TouchMedians medians(OffsetDateTime from, OffsetDateTime to) {
        TouchStatsQuery.Medians medians = stats.medians(dsl, from, to);
        return new TouchMedians(medians.won(), medians.open());
    }

    /** Null where there is no such lead. */
    public record TouchMedians(Double perCustomer, Double perOpenLead) {}

    /**
     * Removes every touch of a person being erased, notes included, inside the caller's transaction; returns how many.
     * Listeners are told once the caller committed ({@link #changed}).
     */
    public int eraseLead(DSLContext tx, long leadId) {
        return touches.deleteOfLead(tx, leadId);
    }

    /** Tells listeners that touches changed behind this service's back (a person was erased). */
    public void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Each row of a form tool's export is a submission: a "form submitted" touch on the lead it created or updated. */
    @Override
    public void imported(DSLContext tx, long batchId, String fileName, SourceTool tool) {
        if (tool.isFormTool()) {
            touches.logImportSubmissions(tx, batchId, "Imported from " + fileName, OffsetDateTime.now(clock));
        }
    }

    @Override
    public void undone(DSLContext tx, long batchId, long leadId) {
        touches.deleteImportSubmission(tx, batchId, leadId);
    }
}
