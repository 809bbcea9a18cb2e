package app.leadkeeper.importing;

import static app.leadkeeper.db.Tables.IMPORT_BATCH;
import static app.leadkeeper.db.Tables.IMPORT_CHANGE;
import static app.leadkeeper.db.Tables.IMPORT_CHANGE_FIELD;
import static app.leadkeeper.db.Tables.IMPORT_PROFILE;

import app.leadkeeper.db.tables.records.ImportBatchRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Import batches, what they changed, and saved mapping profiles. Methods take the caller's transaction. */
public final class ImportRepository {

    public long insertBatch(DSLContext dsl, ImportBatch batch) {
        ImportBatchRecord r = dsl.newRecord(IMPORT_BATCH);
        r.setFileName(batch.fileName());
        r.setFilePath(batch.filePath());
        r.setSourceTool(batch.sourceTool());
        r.setProfileName(batch.profileName());
        r.setEncoding(batch.encoding());
        r.setDelimiter(batch.delimiter());
        r.setStartedAt(batch.startedAt());
        r.setFinishedAt(batch.finishedAt());
        r.setRowsRead(batch.rows());
        r.setCreated(batch.created());
        r.setUpdated(batch.updated());
        r.setDuplicates(batch.duplicates());
        r.setRejected(batch.rejected());
        r.setKind(batch.kind());
        r.store();
        return r.getId();
    }

    public void updateCounts(DSLContext dsl, long id, ImportBatch batch) {
        dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.FINISHED_AT, batch.finishedAt())
                .set(IMPORT_BATCH.ROWS_READ, batch.rows())
                .set(IMPORT_BATCH.CREATED, batch.created())
                .set(IMPORT_BATCH.UPDATED, batch.updated())
                .set(IMPORT_BATCH.DUPLICATES, batch.duplicates())
                .set(IMPORT_BATCH.REJECTED, batch.rejected())
                .where(IMPORT_BATCH.ID.eq(id))
                .execute();
    }

    public Optional<ImportBatch> find(DSLContext dsl, long id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(ImportRepository::toBatch);
    }

    public List<ImportBatch> history(DSLContext dsl, int limit) {
        return dsl.selectFrom(IMPORT_BATCH)
                .orderBy(IMPORT_BATCH.ID.desc())
                .limit(limit)
                .fetch(ImportRepository::toBatch);
    }

    public void markUndone(DSLContext dsl, long id, OffsetDateTime at) {
        dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.UNDONE_AT, at)
                .where(IMPORT_BATCH.ID.eq(id))
                .execute();
    }

    /** Records created or updated leads of a batch, with their revision right after the batch. */
    public void insertChanges(DSLContext dsl, long batchId, List<LeadChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(
                        IMPORT_CHANGE,
                        IMPORT_CHANGE.BATCH_ID,
                        IMPORT_CHANGE.LEAD_ID,
                        IMPORT_CHANGE.CHANGE_KIND,
                        IMPORT_CHANGE.REVISION_AFTER)
                .values((Long) null, null, null, null));
        for (LeadChange change : changes) {
            batch.bind(batchId, change.leadId(), change.kind().name(), change.revisionAfter());
        }
        batch.execute();
    }

    /** Moves a lead's recorded revision (a later row of the same file updated it again). */
    public void setRevisionAfter(DSLContext dsl, long batchId, long leadId, int revision) {
        dsl.update(IMPORT_CHANGE)
                .set(IMPORT_CHANGE.REVISION_AFTER, revision)
                .where(IMPORT_CHANGE.BATCH_ID.eq(batchId).and(IMPORT_CHANGE.LEAD_ID.eq(leadId)))
                .execute();
    }

    /** Keeps the first recorded old value of a field: that is the value before the whole batch. */
    public void insertFieldChanges(DSLContext dsl, long batchId, long leadId, List<LeadMerger.Change> changes) {
        for (LeadMerger.Change change : changes) {
            dsl.insertInto(
                            IMPORT_CHANGE_FIELD,
                            IMPORT_CHANGE_FIELD.BATCH_ID,
                            IMPORT_CHANGE_FIELD.LEAD_ID,
                            IMPORT_CHANGE_FIELD.FIELD_NAME,
                            IMPORT_CHANGE_FIELD.OLD_VALUE)
                    .values(batchId, leadId, change.field(), change.oldValue())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    public List<LeadChange> changes(DSLContext dsl, long batchId) {
        return dsl.selectFrom(IMPORT_CHANGE)
                .where(IMPORT_CHANGE.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_CHANGE.LEAD_ID)
                .fetch(r -> new LeadChange(
                        r.getLeadId(), LeadChange.Kind.valueOf(r.getChangeKind()), r.getRevisionAfter()));
    }

    public Map<Long, List<LeadMerger.Change>> fieldChanges(DSLContext dsl, long batchId) {
        Map<Long, List<LeadMerger.Change>> byLead = new LinkedHashMap<>();
        dsl.selectFrom(IMPORT_CHANGE_FIELD)
                .where(IMPORT_CHANGE_FIELD.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_CHANGE_FIELD.LEAD_ID, IMPORT_CHANGE_FIELD.FIELD_NAME)
                .forEach(r -> byLead.computeIfAbsent(r.getLeadId(), id -> new ArrayList<>())
                        .add(new LeadMerger.Change(r.getFieldName(), r.getOldValue())));
        return byLead;
    }

    /**
     * Forgets what imports did to a lead (an erased person): the changed fields' old values may hold their data, and
     * an undo must not find the placeholder. The batches and their counts stay.
     */
    public int forgetLead(DSLContext dsl, long leadId) {
        dsl.deleteFrom(IMPORT_CHANGE_FIELD)
                .where(IMPORT_CHANGE_FIELD.LEAD_ID.eq(leadId))
                .execute();
        return dsl.deleteFrom(IMPORT_CHANGE)
                .where(IMPORT_CHANGE.LEAD_ID.eq(leadId))
                .execute();
    }

    public void saveProfile(DSLContext dsl, ImportProfile profile) {
        dsl.mergeInto(IMPORT_PROFILE)
                .using(dsl.selectOne())
                .on(IMPORT_PROFILE.NAME.eq(profile.name()))
                .whenMatchedThenUpdate()
                .set(IMPORT_PROFILE.HEADER_SIGNATURE, profile.headerSignature())
                .set(IMPORT_PROFILE.SOURCE_TOOL, profile.sourceTool())
                .set(IMPORT_PROFILE.MAPPING, profile.mapping())
                .set(IMPORT_PROFILE.UPDATED_AT, profile.updatedAt())
                .whenNotMatchedThenInsert(
                        IMPORT_PROFILE.NAME,
                        IMPORT_PROFILE.HEADER_SIGNATURE,
                        IMPORT_PROFILE.SOURCE_TOOL,
                        IMPORT_PROFILE.MAPPING,
                        IMPORT_PROFILE.UPDATED_AT)
                .values(
                        profile.name(),
                        profile.headerSignature(),
                        profile.sourceTool(),
                        profile.mapping(),
                        profile.updatedAt())
                .execute();
    }

    public Optional<ImportProfile> profile(DSLContext dsl, String name) {
        return dsl.selectFrom(IMPORT_PROFILE)
                .where(IMPORT_PROFILE.NAME.eq(name))
                .fetchOptional(r -> new ImportProfile(
                        r.getName(), r.getHeaderSignature(), r.getSourceTool(), r.getMapping(), r.getUpdatedAt()));
    }

    /** The most recently saved profile for files with this header. */
    public Optional<ImportProfile> profileForHeader(DSLContext dsl, String signature) {
        return dsl.selectFrom(IMPORT_PROFILE)
                .where(IMPORT_PROFILE.HEADER_SIGNATURE.eq(signature))
                .orderBy(IMPORT_PROFILE.UPDATED_AT.desc())
                .limit(1)
                .fetchOptional(r -> new ImportProfile(
                        r.getName(), r.getHeaderSignature(), r.getSourceTool(), r.getMapping(), r.getUpdatedAt()));
    }

    public List<ImportProfile> profiles(DSLContext dsl) {
        return dsl.selectFrom(IMPORT_PROFILE)
                .orderBy(IMPORT_PROFILE.NAME)
                .fetch(r -> new ImportProfile(
                        r.getName(), r.getHeaderSignature(), r.getSourceTool(), r.getMapping(), r.getUpdatedAt()));
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(
                r.getId(),
                r.getFileName(),
                r.getFilePath(),
                r.getSourceTool(),
                r.getProfileName(),
                r.getEncoding(),
                r.getDelimiter(),
                r.getStartedAt(),
                r.getFinishedAt(),
                r.getRowsRead(),
                r.getCreated(),
                r.getUpdated(),
                r.getDuplicates(),
                r.getRejected(),
                r.getUndoneAt(),
                r.getKind());
    }
}
