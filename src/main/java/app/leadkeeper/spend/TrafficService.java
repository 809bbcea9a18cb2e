package app.leadkeeper.spend;

import app.leadkeeper.core.UserException;
import app.leadkeeper.metrics.ReportPeriod;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;

/**
 * Traffic figures per channel, landing page and period, behind landing-page conversion, CTR and CPC. The channel
 * metrics read them directly; listeners hear of every change.
 */
public final class TrafficService {
    private final DSLContext dsl;
    private final TrafficRepository repository;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public TrafficService(DSLContext dsl, TrafficRepository repository, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.clock = clock;
    }

    /** Called after every committed change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public TrafficEntry add(TrafficDraft draft) {
        check(draft);
        TrafficEntry entry = dsl.transactionResult(cfg -> {
            requireChannel(cfg.dsl(), draft);
            long id = repository.insert(cfg.dsl(), draft, OffsetDateTime.now(clock));
            return repository.find(cfg.dsl(), id).orElseThrow();
        });
        changed();
        return entry;
    }

    public TrafficEntry update(long id, TrafficDraft draft) {
        check(draft);
        TrafficEntry entry = dsl.transactionResult(cfg -> {
            requireChannel(cfg.dsl(), draft);
            if (repository.update(cfg.dsl(), id, draft) == 0) {
                throw new UserException("This traffic row no longer exists.");
            }
            return repository.find(cfg.dsl(), id).orElseThrow();
        });
        changed();
        return entry;
    }

    public void delete(long id) {
        if (repository.delete(dsl, id) == 0) {
            throw new UserException("This traffic row no longer exists.");
        }
        changed();
    }

    /** The rows overlapping the period (all time when null), of one channel (every channel when null). */
    public List<TrafficEntry> list(ReportPeriod period, Long channelId) {
        return repository.list(dsl, period, channelId);
    }

    private static void check(TrafficDraft draft) {
        Map<TrafficField, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new UserException(String.join(" ", problems.values()));
        }
    }

    private void requireChannel(DSLContext tx, TrafficDraft draft) {
        if (!repository.channelExists(tx, draft.channelId())) {
            throw new UserException("Channel: the chosen channel no longer exists.");
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
