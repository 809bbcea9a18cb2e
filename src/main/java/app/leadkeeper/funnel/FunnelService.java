package app.leadkeeper.funnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;

/**
 * Computes the funnel from where leads stand and their stage history. A lead counts as having reached every open stage
 * up to the furthest one it ever stood in (skipped stages count as passed, going back does not undo reaching); every
 * lead reached the first open stage; a won lead reached every open stage.
 */
public final class FunnelService {
    private static final double SECONDS_PER_DAY = 86_400.0;

    /** Leads of the period grouped by where they stand now and the furthest open stage they stood in. */
    public record Group(long stageId, Long furthestStageId, long leads, BigDecimal value) {}

    private final DSLContext dsl;
    private final StageRepository stages;
    private final FunnelSnapshotQuery query;
    private final LongSupplier dataVersion;
    private final Clock clock;
    private final Object loading = new Object();
    private volatile FunnelSnapshot snapshot;

    /**
     * {@code dataVersion} changes whenever leads or their stages were written; the in-memory snapshot the funnel is
     * computed from is read again when it has.
     */
    public FunnelService(
            DSLContext dsl, StageRepository stages, FunnelSnapshotQuery query, LongSupplier dataVersion, Clock clock) {
        this.dsl = dsl;
        this.stages = stages;
        this.query = query;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    public FunnelReport report(FunnelPeriod period) {
        List<Stage> pipeline = stages.all(dsl);
        return snapshot(pipeline)
                .report(pipeline, period, OffsetDateTime.now(clock).toEpochSecond());
    }

    /**
     * Leads and deal value per stage for the leads created in the period (and channel), with the number of all leads:
     * the board's column heads, if the snapshot is up to date. Empty when it is not: reading it again takes seconds
     * at a million leads, longer than the board's own grouped query.
     */
    public java.util.Optional<BoardService.Totals> freshColumnTotals(FunnelPeriod period) {
        FunnelSnapshot current = snapshot;
        if (current == null || current.version != dataVersion.getAsLong()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BoardService.Totals(current.totals(period), current.leads()));
    }

    /** The current snapshot, read again if leads changed since it was taken. */
    private FunnelSnapshot snapshot(List<Stage> pipeline) {
        long wanted = dataVersion.getAsLong();
        FunnelSnapshot current = snapshot;
        if (current != null && current.version == wanted) {
            return current;
        }
        synchronized (loading) {
            current = snapshot;
            if (current != null && current.version == wanted) {
                return current;
            }
            // Tagged with the version read before loading: a write during the load makes the next report load again.
            List<Long> lost = pipeline.stream()
                    .filter(s -> s.kind() == StageKind.LOST)
                    .map(Stage::id)
                    .toList();
            current = dsl.transactionResult(cfg -> query.load(cfg.dsl(), lost, wanted));
            snapshot = current;
            return current;
        }
    }

    /** The arithmetic of the funnel, apart from the database. */
    static FunnelReport compute(
            List<Stage> pipeline, List<Group> groups, Map<Long, Double> medianSeconds, Map<String, Long> lostReasons) {
        Map<Long, Stage> byId = new HashMap<>();
        pipeline.forEach(s -> byId.put(s.id(), s));
        List<Stage> open = pipeline.stream().filter(Stage::isOpen).toList();
        Map<Long, Integer> openRank = new HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            openRank.put(open.get(i).id(), i);
        }
        long total = 0;
        long won = 0;
        long lost = 0;
        Map<Long, Long> current = new HashMap<>();
        Map<Long, BigDecimal> value = new HashMap<>();
        long[] reachedOpen = new long[open.size()];
        for (Group group : groups) {
            total += group.leads();
            current.merge(group.stageId(), group.leads(), Long::sum);
            if (group.value() != null) {
                value.merge(group.stageId(), group.value(), BigDecimal::add);
            }
            Stage stage = byId.get(group.stageId());
            StageKind kind = stage == null ? StageKind.OPEN : stage.kind();
            int furthest;
            if (kind == StageKind.WON) {
                won += group.leads();
                furthest = open.size() - 1;
            } else {
                if (kind == StageKind.LOST) {
                    lost += group.leads();
                }
                Integer rank = group.furthestStageId() == null ? null : openRank.get(group.furthestStageId());
                furthest = rank == null ? 0 : rank;
            }
            for (int i = 0; i <= furthest && i < reachedOpen.length; i++) {
                reachedOpen[i] += group.leads();
            }
        }
        List<FunnelReport.StageFigures> figures = new ArrayList<>();
        for (Stage stage : pipeline) {
            long now = current.getOrDefault(stage.id(), 0L);
            BigDecimal sum = value.getOrDefault(stage.id(), BigDecimal.ZERO);
            if (stage.isOpen()) {
                int rank = openRank.get(stage.id());
                long reached = reachedOpen[rank];
                long next = rank + 1 < open.size() ? reachedOpen[rank + 1] : won;
                Double median = medianSeconds.get(stage.id());
                figures.add(new FunnelReport.StageFigures(
                        stage,
                        reached,
                        now,
                        sum,
                        reached == 0 ? null : (double) next / reached,
                        median == null ? null : median / SECONDS_PER_DAY));
            } else {
                figures.add(new FunnelReport.StageFigures(stage, now, now, sum, null, null));
            }
        }
        return new FunnelReport(total, figures, won, lost, total == 0 ? null : (double) won / total, lostReasons);
    }
}
