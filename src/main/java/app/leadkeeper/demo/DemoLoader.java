package app.leadkeeper.demo;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.spend.SpendService;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * Adds demo leads to the data folder in batches, one transaction each, so that a large run commits as it goes and
 * reports progress. The next batch is generated on a second thread while the database writes the current one. A
 * failed batch leaves the batches before it in place.
 */
public final class DemoLoader {
    /** Leads per transaction: large enough for the bulk insert to pay off, small enough to keep memory flat. */
    public static final int BATCH_SIZE = 20_000;

    private final LeadService leads;
    private final ChannelService channels;
    private final Clock clock;

    /** How far a run has come. */
    public record Progress(long added, long total, Duration elapsed) {}

    private final BiConsumer<Long, Long> afterBatch;
    /** Null: no spend ledger (the bare bulk path). */
    private final SpendService spend;

    public DemoLoader(LeadService leads, ChannelService channels, Clock clock) {
        this(leads, channels, clock, (from, to) -> {}, null);
    }

    private DemoLoader(
            LeadService leads,
            ChannelService channels,
            Clock clock,
            BiConsumer<Long, Long> afterBatch,
            SpendService spend) {
        this.leads = leads;
        this.channels = channels;
        this.clock = clock;
        this.afterBatch = afterBatch;
        this.spend = spend;
    }

    /**
     * The demo loader of an app: leads also walk through the pipeline, with their stage history, and the paid
     * channels get a spend ledger sized to their leads, so the channel metrics have costs.
     */
    public static DemoLoader of(AppContext app) {
        DemoJourneyQuery journeys = new DemoJourneyQuery(app.stages().stages());
        DemoNurtureQuery nurture = new DemoNurtureQuery();
        DSLContext dsl = app.database().dsl();
        Clock clock = app.clock();
        return new DemoLoader(
                app.leads(),
                app.channels(),
                clock,
                (from, to) -> {
                    dsl.transaction(cfg -> {
                        OffsetDateTime now = OffsetDateTime.now(clock);
                        journeys.apply(cfg.dsl(), from, to, now);
                        nurture.apply(cfg.dsl(), from, to, now, clock.getZone());
                        app.scoring().scoreNew(cfg.dsl(), from, to);
                    });
                    app.tasks().changed();
                },
                app.spend());
    }

    /** Adds {@code count} leads made from {@code seed}; calls {@code progress} after every batch; returns the time taken. */
    public Duration add(long count, long seed, Consumer<Progress> progress) {
        long started = System.nanoTime();
        Map<DemoChannel, Long> channelIds = DemoChannels.ensure(channels);
        DemoLeadGenerator generator = DemoLeadGenerator.seeded(seed, clock, channelIds);
        try (ExecutorService producer = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("demo-generator").daemon().factory())) {
            long added = 0;
            Future<List<LeadData>> next = producer.submit(() -> generator.next(batchSize(count, 0)));
            while (added < count) {
                List<LeadData> batch = await(next);
                long after = added + batch.size();
                if (after < count) {
                    next = producer.submit(() -> generator.next(batchSize(count, after)));
                }
                long[] ids = leads.addAll(batch);
                if (ids.length > 0) {
                    afterBatch.accept(ids[0], ids[ids.length - 1]);
                }
                added = after;
                progress.accept(new Progress(added, count, Duration.ofNanos(System.nanoTime() - started)));
            }
        }
        if (spend != null) {
            spend.addAll(DemoSpend.plan(channelIds, clock, count, seed));
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static int batchSize(long count, long added) {
        return (int) Math.min(BATCH_SIZE, count - added);
    }

    private static List<LeadData> await(Future<List<LeadData>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making demo leads", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not make demo leads", e.getCause());
        }
    }
}
