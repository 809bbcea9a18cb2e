package app.leadkeeper.spend;

import app.leadkeeper.core.UserException;
import app.leadkeeper.metrics.ReportPeriod;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The spend ledger: what was paid for ads, events and mailings, per channel, for a day or a whole month, in the data
 * folder's one currency. The channel metrics read the ledger directly, so a change shows there at the next refresh;
 * listeners hear of every change.
 */
public final class SpendService {
    /** The most entries a list holds: a ledger of years of imported daily rows stays quick to show. */
    public static final int LIST_LIMIT = 5_000;

    private final DSLContext dsl;
    private final SpendRepository repository;
    private final Supplier<String> currency;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public SpendService(DSLContext dsl, SpendRepository repository, Supplier<String> currency, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.currency = currency;
        this.clock = clock;
    }

    /** The folder's currency code, such as EUR. */
    public String currency() {
        return currency.get();
    }

    /** Called after every committed change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public SpendEntry add(SpendDraft draft) {
        check(draft);
        SpendEntry entry = dsl.transactionResult(cfg -> {
            requireChannel(cfg.dsl(), draft);
            long id = repository.insert(cfg.dsl(), draft, OffsetDateTime.now(clock));
            return repository.find(cfg.dsl(), id).orElseThrow();
        });
        changed();
        return entry;
    }

    /** Adds many entries in one transaction (demo data, tests): all or none. */
    public int addAll(List<SpendDraft> drafts) {
        drafts.forEach(SpendService::check);
        dsl.transaction(cfg -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (SpendDraft draft : drafts) {
                requireChannel(cfg.dsl(), draft);
                repository.insert(cfg.dsl(), draft, now);
            }
        });
        if (!drafts.isEmpty()) {
            changed();
        }
        return drafts.size();
    }

    public SpendEntry update(long id, SpendDraft draft) {
        check(draft);
        SpendEntry entry = dsl.transactionResult(cfg -> {
            requireChannel(cfg.dsl(), draft);
            if (repository.update(cfg.dsl(), id, draft) == 0) {
                throw new UserException("This spend entry no longer exists.");
            }
            return repository.find(cfg.dsl(), id).orElseThrow();
        });
        changed();
        return entry;
    }

    public void delete(long id) {
        if (repository.delete(dsl, id) == 0) {
            throw new UserException("This spend entry no longer exists.");
        }
        changed();
    }

    /**
     * The newest entries touching the period (all time when null), of one channel (every channel when null), with
     * the total and count of all of them.
     */
    public SpendList list(ReportPeriod period, Long channelId) {
        return dsl.transactionResult(cfg -> new SpendList(
                repository.list(cfg.dsl(), period, channelId, LIST_LIMIT),
                repository.total(cfg.dsl(), period, channelId),
                repository.count(cfg.dsl(), period, channelId)));
    }

    private static void check(SpendDraft draft) {
        Map<SpendField, String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new UserException(String.join(" ", problems.values()));
        }
    }

    private void requireChannel(DSLContext tx, SpendDraft draft) {
        if (!repository.channelExists(tx, draft.channelId())) {
            throw new UserException("Channel: the chosen channel no longer exists.");
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
