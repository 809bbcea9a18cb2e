package app.leadkeeper.leads;

import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_CUSTOM_FIELD;
import static app.leadkeeper.db.Tables.LEAD_TAG;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.db.tables.records.LeadRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Writes many new leads at once: one prepared INSERT rendered by jOOQ and executed as JDBC batches, because a
 * statement per lead costs more than the row itself at a million leads. Tags and custom fields follow as jOOQ batches.
 * Runs inside the caller's transaction.
 */
final class LeadBatchInsert {
    private static final List<Field<?>> FIELDS =
            Arrays.stream(LEAD.fields()).filter(f -> !f.equals(LEAD.ID)).toList();

    /** Each inserted field's position in a {@link LeadRecord}: reading by position spares a search per value. */
    private static final int[] POSITIONS =
            FIELDS.stream().mapToInt(f -> LEAD.indexOf(f)).toArray();

    /** Rows per JDBC batch: enough to amortise the round trip, few enough to keep the generated-key result small. */
    private static final int ROWS_PER_BATCH = 1_000;

    private final DSLContext dsl;
    private final LeadRepository repository;

    LeadBatchInsert(DSLContext dsl, LeadRepository repository) {
        this.dsl = dsl;
        this.repository = repository;
    }

    long[] insert(List<LeadData> leads, List<String> phonesE164, OffsetDateTime now) {
        if (leads.size() != phonesE164.size()) {
            throw new IllegalArgumentException(leads.size() + " leads but " + phonesE164.size() + " phones");
        }
        long[] ids = new long[leads.size()];
        if (leads.isEmpty()) {
            return ids;
        }
        String sql = dsl.render(dsl.insertInto(LEAD)
                .columns(FIELDS)
                .values(FIELDS.stream().map(f -> (Field<?>) DSL.val(null, f)).toList()));
        StageRecords stages = StageRecords.load(dsl);
        long[] stageIds = new long[leads.size()];
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {LEAD.ID.getName()})) {
                int read = 0;
                for (int i = 0; i < leads.size(); i++) {
                    stageIds[i] = bind(statement, leads.get(i), phonesE164.get(i), now, stages);
                    statement.addBatch();
                    if ((i + 1) % ROWS_PER_BATCH == 0 || i + 1 == leads.size()) {
                        statement.executeBatch();
                        read = readKeys(statement, ids, read);
                    }
                }
                if (read != ids.length) {
                    throw new IllegalStateException("expected " + ids.length + " generated ids, got " + read);
                }
            }
        });
        insertTags(leads, ids);
        insertCustomFields(leads, ids);
        for (int i = 0; i < ids.length; i++) {
            if (leads.get(i).qualification() != Qualification.LEAD) {
                LeadRepository.markQualificationByHand(dsl, ids[i], now);
            }
        }
        StageListener listener = repository.stageListener();
        for (int i = 0; i < ids.length; i++) {
            listener.entered(dsl, ids[i], null, stageIds[i], now, ChangeCause.IMPORT);
        }
        return ids;
    }

    /** Binds one lead's row and hands back the stage it is placed in. */
    private static long bind(
            PreparedStatement statement, LeadData data, String phoneE164, OffsetDateTime now, StageRecords stages)
            throws SQLException {
        LeadRecord record = new LeadRecord();
        LeadRecords.fill(record, data, phoneE164);
        stages.placeNew(record, data);
        record.setAddedAt(now);
        record.setUpdatedAt(now);
        record.setRevision(0);
        // The old score column (unused since V6, see lead_score) is NOT NULL.
        record.setScore(0);
        for (int f = 0; f < POSITIONS.length; f++) {
            statement.setObject(f + 1, record.get(POSITIONS[f]));
        }
        return record.getStageId();
    }

    private static int readKeys(PreparedStatement statement, long[] ids, int from) throws SQLException {
        int next = from;
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next()) {
                ids[next++] = keys.getLong(1);
            }
        }
        return next;
    }

    private void insertTags(List<LeadData> leads, long[] ids) {
        Map<String, Long> tagIds = new HashMap<>();
        var batch = dsl.batch(
                dsl.insertInto(LEAD_TAG, LEAD_TAG.LEAD_ID, LEAD_TAG.TAG_ID).values((Long) null, null));
        int rows = 0;
        for (int i = 0; i < leads.size(); i++) {
            Set<Long> linked = new HashSet<>();
            for (String tag : leads.get(i).tags()) {
                if (TextKeys.clean(tag) == null) {
                    continue;
                }
                long tagId = tagIds.computeIfAbsent(TextKeys.fold(tag), key -> repository.tagId(dsl, tag));
                if (linked.add(tagId)) {
                    batch = batch.bind(ids[i], tagId);
                    rows++;
                }
            }
        }
        if (rows > 0) {
            batch.execute();
        }
    }

    private void insertCustomFields(List<LeadData> leads, long[] ids) {
        var batch = dsl.batch(dsl.insertInto(
                        LEAD_CUSTOM_FIELD,
                        LEAD_CUSTOM_FIELD.LEAD_ID,
                        LEAD_CUSTOM_FIELD.FIELD_NAME,
                        LEAD_CUSTOM_FIELD.FIELD_VALUE)
                .values((Long) null, null, null));
        int rows = 0;
        for (int i = 0; i < leads.size(); i++) {
            for (var entry : leads.get(i).customFields().entrySet()) {
                batch = batch.bind(ids[i], entry.getKey(), entry.getValue());
                rows++;
            }
        }
        if (rows > 0) {
            batch.execute();
        }
    }
}
