package app.leadkeeper.funnel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the funnel is computed from, held in primitive arrays: per lead its created time, channel, stage, furthest open
 * stage, time in its stage, deal value and lost reason; per finished stay its lead, stage and duration. A report for
 * any period and channel is then one pass over the arrays (milliseconds for a million leads) instead of grouped SQL
 * over the lead table (seconds). Immutable once built; tagged with the data version it was read at.
 */
final class FunnelSnapshot {
    private static final long NONE = -1;
    private static final int POSITION_BITS = 23;

    final long version;
    private final int size;
    private final long[] created;
    private final long[] channel;
    private final long[] stage;
    private final long[] furthest;
    private final long[] since;
    private final double[] value;
    private final int[] reason;
    private final List<String> reasons;
    private final int stays;
    private final int[] stayLead;
    private final long[] stayStage;
    private final long[] staySeconds;

    private FunnelSnapshot(Builder b) {
        this.version = b.version;
        this.size = b.size;
        this.created = b.created;
        this.channel = b.channel;
        this.stage = b.stage;
        this.furthest = b.furthest;
        this.since = b.since;
        this.value = b.value;
        this.reason = b.reason;
        this.reasons = List.copyOf(b.reasons);
        this.stays = b.stays;
        this.stayLead = b.stayLead;
        this.stayStage = b.stayStage;
        this.staySeconds = b.staySeconds;
    }

    int leads() {
        return size;
    }

    int stays() {
        return stays;
    }

    /** How many leads of the period (and channel) stand in each stage, and their deal values summed. */
    Map<Long, ColumnTotals> totals(FunnelPeriod period) {
        long from = period.from() == null ? Long.MIN_VALUE : period.from().toEpochSecond();
        long before = period.before() == null ? Long.MAX_VALUE : period.before().toEpochSecond();
        long wantedChannel = period.channelId() == null ? NONE : period.channelId();
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, double[]> sums = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (created[i] < from || created[i] >= before || (wantedChannel != NONE && channel[i] != wantedChannel)) {
                continue;
            }
            counts.computeIfAbsent(stage[i], k -> new long[1])[0]++;
            sums.computeIfAbsent(stage[i], k -> new double[1])[0] += value[i];
        }
        Map<Long, ColumnTotals> totals = new HashMap<>();
        counts.forEach((id, n) -> totals.put(
                id,
                new ColumnTotals(
                        n[0], BigDecimal.valueOf(sums.get(id)[0]).setScale(2, java.math.RoundingMode.HALF_UP))));
        return totals;
    }

    /** The funnel of the leads created in the period (and channel), as {@link FunnelService#compute} wants it. */
    FunnelReport report(List<Stage> pipeline, FunnelPeriod period, long nowSeconds) {
        long from = period.from() == null ? Long.MIN_VALUE : period.from().toEpochSecond();
        long before = period.before() == null ? Long.MAX_VALUE : period.before().toEpochSecond();
        long wantedChannel = period.channelId() == null ? NONE : period.channelId();
        int stages = pipeline.size();
        long[] stageIds = new long[stages];
        boolean[] open = new boolean[stages];
        boolean[] lost = new boolean[stages];
        for (int s = 0; s < stages; s++) {
            stageIds[s] = pipeline.get(s).id();
            open[s] = pipeline.get(s).isOpen();
            lost[s] = pipeline.get(s).kind() == StageKind.LOST;
        }
        // Counts and values by [stage][furthest stage + 1]; column 0 is "no furthest stage" (or one since deleted).
        long[][] counts = new long[stages][stages + 1];
        double[][] values = new double[stages][stages + 1];
        Durations[] durations = new Durations[stages];
        for (int s = 0; s < stages; s++) {
            durations[s] = new Durations();
        }
        long[] reasonCounts = new long[reasons.size() + 1];
        boolean[] counted = new boolean[size];
        for (int i = 0; i < size; i++) {
            if (created[i] < from || created[i] >= before || (wantedChannel != NONE && channel[i] != wantedChannel)) {
                continue;
            }
            int s = indexOf(stageIds, stage[i]);
            if (s < 0) {
                continue;
            }
            counted[i] = true;
            int f = indexOf(stageIds, furthest[i]) + 1;
            counts[s][f]++;
            values[s][f] += value[i];
            if (open[s]) {
                durations[s].add(nowSeconds - since[i]);
            }
            if (lost[s]) {
                reasonCounts[reason[i] + 1]++;
            }
        }
        for (int j = 0; j < stays; j++) {
            if (!counted[stayLead[j]]) {
                continue;
            }
            int s = indexOf(stageIds, stayStage[j]);
            if (s >= 0 && open[s]) {
                durations[s].add(staySeconds[j]);
            }
        }
        List<FunnelService.Group> groups = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            for (int f = 0; f <= stages; f++) {
                if (counts[s][f] > 0) {
                    groups.add(new FunnelService.Group(
                            stageIds[s],
                            f == 0 ? null : stageIds[f - 1],
                            counts[s][f],
                            BigDecimal.valueOf(values[s][f])));
                }
            }
        }
        Map<Long, Double> medians = new HashMap<>();
        for (int s = 0; s < stages; s++) {
            if (durations[s].count > 0) {
                medians.put(pipeline.get(s).id(), durations[s].median());
            }
        }
        Map<String, Long> lostReasons = new LinkedHashMap<>();
        Integer[] order = new Integer[reasonCounts.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> Long.compare(reasonCounts[b], reasonCounts[a]));
        for (int k : order) {
            if (reasonCounts[k] > 0) {
                lostReasons.put(k == 0 ? "" : reasons.get(k - 1), reasonCounts[k]);
            }
        }
        return FunnelService.compute(pipeline, groups, medians, lostReasons);
    }

    /** Where the id stands among the pipeline's few stages; -1 if absent. A scan beats boxing a million lookups. */
    private static int indexOf(long[] ids, long id) {
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == id) {
                return k;
            }
        }
        return -1;
    }

    /** A growable list of durations with an O(n) median (quickselect). */
    static final class Durations {
        private long[] values = new long[16];
        private int count;

        void add(long seconds) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = seconds;
        }

        /** The median; the mean of the two middle values for an even count. */
        double median() {
            long[] work = Arrays.copyOf(values, count);
            int middle = count / 2;
            long upper = select(work, middle);
            if (count % 2 == 1) {
                return upper;
            }
            long lower = Long.MIN_VALUE;
            for (int i = 0; i < middle; i++) {
                lower = Math.max(lower, work[i]);
            }
            return (lower + (double) upper) / 2;
        }

        /** Puts the k-th smallest value at index k, smaller ones before it, and returns it. */
        private static long select(long[] a, int k) {
            int left = 0;
            int right = a.length - 1;
            while (left < right) {
                long pivot = a[(left + right) >>> 1];
                int i = left;
                int j = right;
                while (i <= j) {
                    while (a[i] < pivot) {
                        i++;
                    }
                    while (a[j] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        long t = a[i];
                        a[i] = a[j];
                        a[j] = t;
                        i++;
                        j--;
                    }
                }
                if (k <= j) {
                    right = j;
                } else if (k >= i) {
                    left = i;
                } else {
                    break;
                }
            }
            return a[k];
        }
    }

    /** Collects rows as they stream from the database. */
    static final class Builder {
        private final long version;
        private int size;
        private long[] ids = new long[1024];
        private long[] created = new long[1024];
        private long[] channel = new long[1024];
        private long[] stage = new long[1024];
        private long[] furthest = new long[1024];
        private long[] since = new long[1024];
        private double[] value = new double[1024];
        private int[] reason;
        private final List<String> reasons = new ArrayList<>();
        private final Map<String, Integer> reasonIds = new HashMap<>();
        /** (id << POSITION_BITS | position), sorted: finds a lead's position by its id. */
        private long[] byId;

        private int stays;
        private int[] stayLead = new int[1024];
        private long[] stayStage = new long[1024];
        private long[] staySeconds = new long[1024];

        Builder(long version) {
            this.version = version;
        }

        void lead(
                long id,
                long createdAt,
                Long channelId,
                long stageId,
                Long furthestId,
                long stageSince,
                BigDecimal deal) {
            if (size == ids.length) {
                int grown = size * 2;
                ids = Arrays.copyOf(ids, grown);
                created = Arrays.copyOf(created, grown);
                channel = Arrays.copyOf(channel, grown);
                stage = Arrays.copyOf(stage, grown);
                furthest = Arrays.copyOf(furthest, grown);
                since = Arrays.copyOf(since, grown);
                value = Arrays.copyOf(value, grown);
            }
            ids[size] = id;
            created[size] = createdAt;
            channel[size] = channelId == null ? NONE : channelId;
            stage[size] = stageId;
            furthest[size] = furthestId == null ? NONE : furthestId;
            since[size] = stageSince;
            value[size] = deal == null ? 0 : deal.doubleValue();
            size++;
        }

        void leadsDone() {
            if (size >= 1 << POSITION_BITS) {
                throw new IllegalStateException("more leads than the funnel snapshot can hold: " + size);
            }
            byId = new long[size];
            for (int i = 0; i < size; i++) {
                byId[i] = (ids[i] << POSITION_BITS) | i;
            }
            Arrays.sort(byId);
            reason = new int[size];
            Arrays.fill(reason, -1);
            ids = null;
        }

        private int position(long id) {
            int low = 0;
            int high = byId.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long midId = byId[mid] >>> POSITION_BITS;
                if (midId < id) {
                    low = mid + 1;
                } else if (midId > id) {
                    high = mid - 1;
                } else {
                    return (int) (byId[mid] & ((1L << POSITION_BITS) - 1));
                }
            }
            return -1;
        }

        void stay(long leadId, long fromStage, Long seconds) {
            int position = position(leadId);
            if (position < 0 || seconds == null) {
                return;
            }
            if (stays == stayLead.length) {
                int grown = stays * 2;
                stayLead = Arrays.copyOf(stayLead, grown);
                stayStage = Arrays.copyOf(stayStage, grown);
                staySeconds = Arrays.copyOf(staySeconds, grown);
            }
            stayLead[stays] = position;
            stayStage[stays] = fromStage;
            staySeconds[stays] = seconds;
            stays++;
        }

        void lostReason(long leadId, String text) {
            int position = position(leadId);
            if (position < 0 || text == null || text.isBlank()) {
                return;
            }
            reason[position] = reasonIds.computeIfAbsent(text, t -> {
                reasons.add(t);
                return reasons.size() - 1;
            });
        }

        FunnelSnapshot build() {
            return new FunnelSnapshot(this);
        }
    }
}
