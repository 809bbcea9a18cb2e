package app.leadkeeper.importing;

import app.leadkeeper.core.Progress;
import app.leadkeeper.leads.EmailAddresses;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The heart of an import, inside its one transaction: every accepted row is matched to a lead (by email, else by
 * phone), first among the rows already read, then among the leads already stored; a match is merged, anything else is
 * created. Rows are handled in chunks so that lookups and inserts go to the database in bulk. A dry run does the same
 * matching and counting but writes nothing.
 */
final class ImportJob implements Consumer<ImportRecord> {
    static final int CHUNK = 2_000;
    static final int MAX_LISTED = 10_000;

    private final LeadWriter writer;
    private final ImportRepository repository;
    private final org.jooq.DSLContext tx;
    private final long batchId;
    private final boolean dryRun;
    private final ChannelResolver channelIds;
    private final SuppressionList.Check suppression;
    /** Rows per source value, for the channel mapping's counts. */
    final Map<String, Long> channelValues = new java.util.HashMap<>();

    private final Progress progress;

    /** Key (e: email, p: phone) → lead id; negative values are leads waiting in the current chunk. */
    private final Map<String, Long> targets = new HashMap<>();
    /** Leads this batch updated (kind UPDATED) or created, for the change log. */
    private final Set<Long> updatedIds = new HashSet<>();

    /**
     * The first id this batch created: identity values only grow, so any id from here on is a lead of this batch. A
     * bound instead of a set of a million boxed ids keeps a large import's memory down.
     */
    private long firstCreatedId = Long.MAX_VALUE;

    private final List<ImportRecord> chunk = new ArrayList<>(CHUNK);
    private final List<LeadData> pending = new ArrayList<>();
    private final List<String> pendingKeys = new ArrayList<>();
    private final List<String> pendingPhones = new ArrayList<>();
    private long dryRunIds = 0;

    int rows;
    int created;
    int updated;
    int duplicates;
    int rejected;
    /** Rows of people erased on request: skipped, never matched or stored. */
    int suppressed;

    final List<Long> suppressedLines = new ArrayList<>();
    final List<ImportReport.Problem> errors = new ArrayList<>();
    final List<List<String>> rejectedValues = new ArrayList<>();
    final List<ImportReport.Problem> warnings = new ArrayList<>();
    final List<ImportReport.Conflict> conflicts = new ArrayList<>();

    ImportJob(
            LeadWriter writer,
            ImportRepository repository,
            org.jooq.DSLContext tx,
            long batchId,
            boolean dryRun,
            ChannelResolver channelIds,
            SuppressionList.Check suppression,
            Progress progress) {
        this.suppression = suppression;
        this.writer = writer;
        this.repository = repository;
        this.tx = tx;
        this.batchId = batchId;
        this.dryRun = dryRun;
        this.channelIds = channelIds;
        this.progress = progress;
    }

    @Override
    public void accept(ImportRecord record) {
        rows++;
        for (String warning : record.warnings()) {
            if (warnings.size() < MAX_LISTED) {
                warnings.add(new ImportReport.Problem(record.line(), warning));
            }
        }
        if (record.rejected()) {
            rejected++;
            errors.add(new ImportReport.Problem(record.line(), record.rejection()));
            rejectedValues.add(record.fields());
            return;
        }
        if (suppression.suppressed(EmailAddresses.key(record.lead().email()), record.phoneE164())) {
            suppressed++;
            if (suppressedLines.size() < MAX_LISTED) {
                suppressedLines.add(record.line());
            }
            return;
        }
        chunk.add(record);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    long batchId() {
        return batchId;
    }

    /** Handles the rows still waiting; call once at the end. */
    void finish() {
        flush();
        progress.update(1, String.format("%,d rows read", rows));
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        progress.checkCancelled();
        Map<String, Long> stored = lookUp();
        for (ImportRecord record : chunk) {
            LeadData data = withChannel(record);
            String key = key(record);
            Long target = targets.get(key);
            if (target != null) {
                duplicates++;
                mergeInto(target, data, record.line());
            } else if (stored.containsKey(key)) {
                long id = stored.get(key);
                updated++;
                targets.put(key, id);
                mergeInto(id, data, record.line());
            } else {
                pending.add(data);
                pendingKeys.add(key);
                pendingPhones.add(record.phoneE164());
                targets.put(key, -(long) pending.size());
            }
        }
        insertPending();
        chunk.clear();
        progress.update(progress.fraction(), String.format("%,d rows read", rows));
    }

    private Map<String, Long> lookUp() {
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (ImportRecord record : chunk) {
            String key = key(record);
            if (!targets.containsKey(key)) {
                (key.startsWith("e:") ? emails : phones).add(key.substring(2));
            }
        }
        Map<String, Long> stored = new HashMap<>();
        writer.idsByEmail(emails).forEach((k, id) -> stored.put("e:" + k, id));
        writer.idsByPhone(phones).forEach((k, id) -> stored.put("p:" + k, id));
        return stored;
    }

    private void mergeInto(long target, LeadData incoming, long line) {
        if (target < 0) {
            int index = (int) (-target - 1);
            LeadMerger.Result result = LeadMerger.merge(pending.get(index), incoming);
            pending.set(index, result.merged());
            noteConflicts(line, result);
            return;
        }
        if (dryRun && target > 1_000_000_000_000L) {
            return; // a lead this dry run would have created: nothing stored to compare with
        }
        Lead lead = writer.find(target).orElseThrow();
        LeadMerger.Result result = LeadMerger.merge(lead.data(), incoming);
        noteConflicts(line, result);
        if (!result.changed() || dryRun) {
            return;
        }
        int revision = writer.update(target, result.merged());
        if (target >= firstCreatedId) {
            repository.setRevisionAfter(tx, batchId, target, revision);
        } else if (updatedIds.add(target)) {
            repository.insertChanges(tx, batchId, List.of(new LeadChange(target, LeadChange.Kind.UPDATED, revision)));
            repository.insertFieldChanges(tx, batchId, target, result.changes());
        } else {
            repository.setRevisionAfter(tx, batchId, target, revision);
            repository.insertFieldChanges(tx, batchId, target, result.changes());
        }
    }

    private void insertPending() {
        if (pending.isEmpty()) {
            return;
        }
        created += pending.size();
        if (dryRun) {
            for (String key : pendingKeys) {
                targets.put(key, 1_000_000_000_000L + ++dryRunIds);
            }
        } else {
            long[] ids = writer.insert(pending, pendingPhones);
            List<LeadChange> changes = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                targets.put(pendingKeys.get(i), ids[i]);
                firstCreatedId = Math.min(firstCreatedId, ids[i]);
                changes.add(new LeadChange(ids[i], LeadChange.Kind.CREATED, 0));
            }
            repository.insertChanges(tx, batchId, changes);
        }
        pending.clear();
        pendingKeys.clear();
        pendingPhones.clear();
    }

    private void noteConflicts(long line, LeadMerger.Result result) {
        for (LeadMerger.Conflict conflict : result.conflicts()) {
            if (conflicts.size() < MAX_LISTED) {
                conflicts.add(
                        new ImportReport.Conflict(line, conflict.field(), conflict.existing(), conflict.incoming()));
            }
        }
    }

    private LeadData withChannel(ImportRecord record) {
        if (record.channelValue() != null) {
            channelValues.merge(record.channelValue(), 1L, Long::sum);
        }
        Long channel = channelIds.id(record.channelValue(), record.channelName());
        return channel == null
                ? record.lead()
                : record.lead().toBuilder().channelId(channel).build();
    }

    /** Rows match on email (trimmed, case-insensitive); a row without one matches on its normalised phone. */
    private static String key(ImportRecord record) {
        String email = EmailAddresses.key(record.lead().email());
        if (email != null) {
            return "e:" + email;
        }
        String phone = record.phoneE164();
        return "p:"
                + (phone != null
                        ? phone
                        : app.leadkeeper.core.TextKeys.digits(record.lead().phone()));
    }
}
