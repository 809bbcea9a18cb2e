package app.leadkeeper.leads;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_CUSTOM_FIELD;
import static app.leadkeeper.db.Tables.LEAD_ERASED;
import static app.leadkeeper.db.Tables.LEAD_SCORE;
import static app.leadkeeper.db.Tables.LEAD_TAG;
import static app.leadkeeper.db.Tables.QUALIFICATION_HAND;
import static app.leadkeeper.db.Tables.STAGE;
import static app.leadkeeper.db.Tables.STAGE_CHANGE;
import static app.leadkeeper.db.Tables.TAG;
import static app.leadkeeper.db.Tables.TOUCH;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.db.tables.records.LeadRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableLike;
import org.jooq.impl.DSL;

/** Reads and writes leads, their tags and custom fields. Every method takes the DSLContext of the caller's transaction. */
public final class LeadRepository {
    private static final Field<String> CHANNEL_NAME = DSL.field(
                    DSL.select(CHANNEL.NAME).from(CHANNEL).where(CHANNEL.ID.eq(LEAD.CHANNEL_ID)))
            .as("channel_name");
    private static final Field<String> STAGE_NAME = DSL.field(
                    DSL.select(STAGE.NAME).from(STAGE).where(STAGE.ID.eq(LEAD.STAGE_ID)))
            .as("stage_name");
    /** A lead's touch count: one probe of the touch table's lead index per row. */
    private static final Field<Integer> TOUCHES = touchCount(LEAD.ID);
    /** A lead's score: one probe of lead_score's primary key per row (null before the lead is first scored). */
    private static final Field<Integer> SCORE = scoreOf(LEAD.ID);

    private final StageListener stageListener;
    private final LeadChangeListener changeListener;

    StageListener stageListener() {
        return stageListener;
    }

    public long insert(DSLContext dsl, LeadData data, String phoneE164, OffsetDateTime now) {
        LeadRecord record = dsl.newRecord(LEAD);
        LeadRecords.fill(record, data, phoneE164);
        StageRecords.load(dsl).placeNew(record, data);
        record.setAddedAt(now);
        record.setUpdatedAt(now);
        record.setRevision(0);
        record.store();
        long id = record.getId();
        replaceTags(dsl, id, data.tags());
        replaceCustomFields(dsl, id, data.customFields());
        if (data.qualification() != Qualification.LEAD) {
            markQualificationByHand(dsl, id, now);
        }
        stageListener.entered(dsl, id, null, record.getStageId(), now, ChangeCause.HAND);
        changeListener.changed(dsl, id);
        return id;
    }

    /** Puts a deleted lead back exactly as it was, with its id. */
    public void restore(DSLContext dsl, Lead lead) {
        LeadRecord record = dsl.newRecord(LEAD);
        LeadRecords.fill(record, lead.data(), lead.phoneE164());
        StageRecords.load(dsl).placeNew(record, lead.data());
        if (lead.stageSince() != null) {
            record.setStageSince(lead.stageSince());
        }
        record.setId(lead.id());
        record.setRevision(lead.revision());
        record.setAddedAt(lead.addedAt());
        record.setUpdatedAt(lead.updatedAt());
        dsl.insertInto(LEAD).set(record).execute();
        replaceTags(dsl, lead.id(), lead.data().tags());
        replaceCustomFields(dsl, lead.id(), lead.data().customFields());
        if (lead.data().qualification() != Qualification.LEAD) {
            markQualificationByHand(dsl, lead.id(), lead.updatedAt());
        }
        changeListener.changed(dsl, lead.id());
    }

    /**
     * Records that the lead's qualification was chosen (by a person or an imported column): from now on the score only
     * suggests one.
     */
    static void markQualificationByHand(DSLContext dsl, long leadId, OffsetDateTime at) {
        dsl.mergeInto(QUALIFICATION_HAND)
                .using(DSL.selectOne())
                .on(QUALIFICATION_HAND.LEAD_ID.eq(leadId))
                .whenMatchedThenUpdate()
                .set(QUALIFICATION_HAND.SET_AT, at)
                .whenNotMatchedThenInsert(QUALIFICATION_HAND.LEAD_ID, QUALIFICATION_HAND.SET_AT)
                .values(leadId, at)
                .execute();
    }

    /** Writes new data over a lead and counts one more revision; false when the lead no longer exists. */
    public boolean update(DSLContext dsl, long id, LeadData data, String phoneE164, OffsetDateTime now) {
        return update(dsl, id, data, phoneE164, now, ChangeCause.HAND);
    }

    /** As {@link #update(DSLContext, long, LeadData, String, OffsetDateTime)}, naming the cause for the history. */
    public boolean update(
            DSLContext dsl, long id, LeadData data, String phoneE164, OffsetDateTime now, ChangeCause cause) {
        return update(dsl, id, data, phoneE164, now, cause, StageRecords.load(dsl));
    }

    /** As above, with the pipeline already read: a writer updating many leads in one transaction reads it once. */
    boolean update(
            DSLContext dsl,
            long id,
            LeadData data,
            String phoneE164,
            OffsetDateTime now,
            ChangeCause cause,
            StageRecords stages) {
        LeadRecord record = dsl.selectFrom(LEAD)
                .where(LEAD.ID.eq(id))
                .and(notErased())
                .forUpdate()
                .fetchOne();
        if (record == null) {
            return false;
        }
        long previousStage = record.getStageId();
        String previousQualification = record.getQualification();
        LeadRecords.fill(record, data, phoneE164);
        stages.applyUpdate(dsl, record, previousStage, previousQualification, data, now, cause);
        record.setUpdatedAt(now);
        record.setRevision(record.getRevision() + 1);
        record.update();
        replaceTags(dsl, id, data.tags());
        replaceCustomFields(dsl, id, data.customFields());
        if (record.getStageId() != previousStage) {
            stageListener.entered(dsl, id, previousStage, record.getStageId(), now, cause);
        }
        // An import rescores its whole batch at once, through its own hook, after its last row.
        if (cause != ChangeCause.IMPORT) {
            changeListener.changed(dsl, id);
        }
        return true;
    }

    private static Condition bantCondition(BantFilter filter) {
        String yes = Answer.YES.name();
        String unknown = Answer.UNKNOWN.name();
        return switch (filter) {
            case BUDGET_YES -> LEAD.BANT_BUDGET.eq(yes);
            case AUTHORITY_YES -> LEAD.BANT_AUTHORITY.eq(yes);
            case NEED_YES -> LEAD.BANT_NEED.eq(yes);
            case TIMEFRAME_YES -> LEAD.BANT_TIMEFRAME.eq(yes);
            case ALL_YES ->
                LEAD.BANT_BUDGET
                        .eq(yes)
                        .and(LEAD.BANT_AUTHORITY.eq(yes))
                        .and(LEAD.BANT_NEED.eq(yes))
                        .and(LEAD.BANT_TIMEFRAME.eq(yes));
            case UNANSWERED ->
                LEAD.BANT_BUDGET
                        .eq(unknown)
                        .and(LEAD.BANT_AUTHORITY.eq(unknown))
                        .and(LEAD.BANT_NEED.eq(unknown))
                        .and(LEAD.BANT_TIMEFRAME.eq(unknown));
        };
    }

    /** The furthest open stage the lead ever stood in, or null. */
    public Long furthestStage(DSLContext dsl, long id) {
        return dsl.select(LEAD.FURTHEST_STAGE_ID)
                .from(LEAD)
                .where(LEAD.ID.eq(id))
                .fetchOne(LEAD.FURTHEST_STAGE_ID);
    }

    /** The id of the lead's latest stage history entry, or null when its stage never changed. */
    public Long lastStageChange(DSLContext dsl, long id) {
        return dsl.select(DSL.max(STAGE_CHANGE.ID))
                .from(STAGE_CHANGE)
                .where(STAGE_CHANGE.LEAD_ID.eq(id))
                .fetchOne(0, Long.class);
    }

    /** Restores the lead as it was before a stage move and removes the move from the history. */
    public void revertStageMove(DSLContext dsl, StageMove move, OffsetDateTime now) {
        Lead before = move.before();
        // An erased person's placeholder never takes their data back, whatever an undo still holds.
        LeadRecord record = dsl.selectFrom(LEAD)
                .where(LEAD.ID.eq(before.id()))
                .and(notErased())
                .forUpdate()
                .fetchOne();
        if (record == null) {
            throw new app.leadkeeper.core.UserException("Lead " + before.id() + " no longer exists.");
        }
        long movedTo = record.getStageId();
        LeadRecords.fill(record, before.data(), before.phoneE164());
        record.setStageSince(before.stageSince());
        record.setFurthestStageId(move.furthestBefore());
        record.setUpdatedAt(now);
        record.setRevision(record.getRevision() + 1);
        record.update();
        if (move.changeId() != null) {
            dsl.deleteFrom(STAGE_CHANGE)
                    .where(STAGE_CHANGE.ID.eq(move.changeId()))
                    .execute();
        }
        if (record.getStageId() != movedTo) {
            stageListener.entered(dsl, before.id(), movedTo, record.getStageId(), now, ChangeCause.UNDO);
        }
        changeListener.changed(dsl, before.id());
    }

    /** Lead ids by email key; where several leads share one, the oldest. */
    public Map<String, Long> idsByEmailKey(DSLContext dsl, Collection<String> emailKeys) {
        Map<String, Long> found = new HashMap<>();
        if (!emailKeys.isEmpty()) {
            dsl.select(LEAD.EMAIL_KEY, LEAD.ID)
                    .from(LEAD)
                    .where(LEAD.EMAIL_KEY.in(emailKeys))
                    .orderBy(LEAD.ID)
                    .forEach(r -> found.putIfAbsent(r.value1(), r.value2()));
        }
        return found;
    }

    /** Lead ids by E.164 phone; where several leads share one, the oldest. */
    public Map<String, Long> idsByPhone(DSLContext dsl, Collection<String> phonesE164) {
        Map<String, Long> found = new HashMap<>();
        if (!phonesE164.isEmpty()) {
            dsl.select(LEAD.PHONE_E164, LEAD.ID)
                    .from(LEAD)
                    .where(LEAD.PHONE_E164.in(phonesE164))
                    .orderBy(LEAD.ID)
                    .forEach(r -> found.putIfAbsent(r.value1(), r.value2()));
        }
        return found;
    }

    public boolean delete(DSLContext dsl, long id) {
        // lead_score has no foreign key (a full rescore would check one per row): its row goes here.
        dsl.deleteFrom(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(id)).execute();
        return dsl.deleteFrom(LEAD).where(LEAD.ID.eq(id)).execute() > 0;
    }

    /** The lead, or empty when there is none or it is an erased person's placeholder. */
    public Optional<Lead> find(DSLContext dsl, long id) {
        LeadRecord record =
                dsl.selectFrom(LEAD).where(LEAD.ID.eq(id)).and(notErased()).fetchOne();
        if (record == null) {
            return Optional.empty();
        }
        int score = dsl.select(LEAD_SCORE.SCORE)
                .from(LEAD_SCORE)
                .where(LEAD_SCORE.LEAD_ID.eq(id))
                .fetchOptional(LEAD_SCORE.SCORE)
                .orElse(0);
        return Optional.of(LeadRecords.toLead(record, tags(dsl, id), customFields(dsl, id), score));
    }

    /** Every lead but the placeholders of erased people. */
    public long countAll(DSLContext dsl) {
        return dsl.fetchCount(LEAD) - dsl.fetchCount(LEAD_ERASED);
    }

    public long count(DSLContext dsl, LeadCriteria criteria) {
        if (!criteria.hasScoreRange()) {
            return VisibleLeadsQuery.count(dsl, condition(criteria));
        }
        LeadCriteria others = criteria.withScore(null, null);
        if (others.onlySearch() && others.contains().isEmpty() && others.ids() == null) {
            long inRange = LeadScoreQuery.countInRange(dsl, criteria);
            if (inRange >= 0) {
                return inRange;
            }
        }
        return VisibleLeadsQuery.count(dsl, condition(criteria).and(LeadScoreQuery.scoreRangeForCount(dsl, criteria)));
    }

    /** For the lookup of one lead by id: not an erased person's placeholder. */
    private static Condition notErased() {
        return DSL.notExists(DSL.selectOne().from(LEAD_ERASED).where(LEAD_ERASED.LEAD_ID.eq(LEAD.ID)));
    }

    /**
     * Turns a lead into the anonymous placeholder of an erased person (see V8__privacy.sql). Every personal column is
     * emptied, its tags (and tags nobody else has), custom fields and score go, its qualification is frozen (the
     * score no longer moves it) and it is marked erased. What the funnel and the channel figures count stays: the
     * created time, channel, stage and stage history, qualification, status, won date, revenue, deal value, and the
     * lost reason when it is one of {@code listedLostReasons} (a typed one may say anything about the person: it
     * becomes "Other"). The roll-up's trigger sees the same contribution and logs no change. False when there is no
     * such lead or it was erased already.
     */
    public boolean anonymize(
            DSLContext dsl, long id, java.util.Collection<String> listedLostReasons, OffsetDateTime now) {
        LeadRecord record = dsl.selectFrom(LEAD)
                .where(LEAD.ID.eq(id))
                .and(notErased())
                .forUpdate()
                .fetchOne();
        if (record == null) {
            return false;
        }
        LeadRecords.clearPersonal(record, keptLostReason(record.getLostReason(), listedLostReasons));
        record.setUpdatedAt(now);
        record.setRevision(record.getRevision() + 1);
        record.update();
        List<Long> tagIds = dsl.select(LEAD_TAG.TAG_ID)
                .from(LEAD_TAG)
                .where(LEAD_TAG.LEAD_ID.eq(id))
                .fetch(LEAD_TAG.TAG_ID);
        dsl.deleteFrom(LEAD_TAG).where(LEAD_TAG.LEAD_ID.eq(id)).execute();
        if (!tagIds.isEmpty()) {
            // A tag only this person had may name them ("smith-family"): it goes too.
            dsl.deleteFrom(TAG)
                    .where(TAG.ID.in(tagIds))
                    .andNotExists(DSL.selectOne().from(LEAD_TAG).where(LEAD_TAG.TAG_ID.eq(TAG.ID)))
                    .execute();
        }
        dsl.deleteFrom(LEAD_CUSTOM_FIELD)
                .where(LEAD_CUSTOM_FIELD.LEAD_ID.eq(id))
                .execute();
        // A score row of 0 rather than none: the score order's fast path needs a row for every lead.
        dsl.mergeInto(LEAD_SCORE)
                .using(DSL.selectOne())
                .on(LEAD_SCORE.LEAD_ID.eq(id))
                .whenMatchedThenUpdate()
                .set(LEAD_SCORE.SCORE, 0)
                .whenNotMatchedThenInsert(LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                .values(id, 0)
                .execute();
        markQualificationByHand(dsl, id, now);
        dsl.insertInto(LEAD_ERASED, LEAD_ERASED.LEAD_ID, LEAD_ERASED.ERASED_AT)
                .values(id, now)
                .execute();
        return true;
    }

    /** The lost reason a placeholder keeps: a listed one as it is, a typed one as "Other", none as none. */
    static String keptLostReason(String reason, java.util.Collection<String> listedLostReasons) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String key = TextKeys.fold(reason);
        return listedLostReasons.stream()
                        .anyMatch(listed -> TextKeys.fold(listed).equals(key))
                ? reason
                : ERASED_LOST_REASON;
    }

    /** What a typed lost reason of an erased person becomes. */
    static final String ERASED_LOST_REASON = "Other";

    /** One page in the given order, read by keyset: the cost does not grow with the page number. */
    public LeadPage page(DSLContext dsl, LeadCriteria criteria, LeadSort sort, PageRequest request) {
        boolean forward =
                request.position() == PageRequest.Position.FIRST || request.position() == PageRequest.Position.AFTER;
        boolean ascendingScan = sort.ascending() == forward;
        Field<?> sortColumn;
        List<Record> records;
        if (sort.field() == LeadSortField.SCORE) {
            sortColumn = LeadScoreQuery.SCORE_KEY;
            records = new ArrayList<>(LeadScoreQuery.page(
                    dsl, criteria, request.key(), ascendingScan, request.size() + 1, firstScanChunk));
        } else {
            sortColumn = sortColumn(sort.field());
            Condition bound = request.key() == null
                    ? DSL.noCondition()
                    : seek(
                            sortColumn,
                            request.key().value(),
                            LEAD.ID,
                            request.key().id(),
                            ascendingScan);
            Condition where = condition(criteria).and(bound).and(VisibleLeadsQuery.condition(dsl));
            if (criteria.hasScoreRange()) {
                where = where.and(LeadScoreQuery.scoreRange(dsl, criteria));
            }
            List<SortField<?>> order = List.of(
                    ascendingScan ? sortColumn.asc() : sortColumn.desc(),
                    ascendingScan ? LEAD.ID.asc() : LEAD.ID.desc());
            records = manyIds(criteria)
                    ? pageOfManyIds(dsl, criteria, sort.field(), bound, order, ascendingScan, request.size() + 1)
                    : withTouches(
                            dsl,
                            rowFields(sortColumn),
                            LEAD,
                            where,
                            order,
                            request.size() + 1,
                            sortColumn,
                            ascendingScan);
        }
        boolean more = records.size() > request.size();
        if (more) {
            records.removeLast();
        }
        if (!forward) {
            Collections.reverse(records);
        }
        if (records.isEmpty()) {
            return new LeadPage(List.of(), null, null, !forward, forward && request.key() != null);
        }
        List<LeadRow> rows = records.stream().map(LeadRecords::toRow).toList();
        PageKey first = key(records.getFirst(), sortColumn);
        PageKey last = key(records.getLast(), sortColumn);
        return switch (request.position()) {
            case FIRST -> new LeadPage(rows, first, last, false, more);
            case AFTER -> new LeadPage(rows, first, last, true, more);
            case LAST -> new LeadPage(rows, first, last, more, false);
            case BEFORE -> new LeadPage(rows, first, last, more, true);
        };
    }

    /**
     * Streams every lead's search text, for building the in-memory search index. Read in keyset pages by id: a
     * single long lazy cursor over a large table can lose its chunks to H2's background compaction.
     */
    public void forEachSearchText(DSLContext dsl, SearchTextSink sink) {
        long after = Long.MIN_VALUE;
        while (true) {
            var page = dsl.select(LEAD.ID, LEAD.SEARCH_TEXT)
                    .from(LEAD)
                    .where(LEAD.ID.gt(after))
                    .orderBy(LEAD.ID)
                    .limit(20_000)
                    .fetch();
            for (var record : page) {
                sink.accept(record.value1(), record.value2());
            }
            if (page.size() < 20_000) {
                return;
            }
            after = page.getLast().value1();
        }
    }

    public Optional<String> searchText(DSLContext dsl, long id) {
        return dsl.select(LEAD.SEARCH_TEXT).from(LEAD).where(LEAD.ID.eq(id)).fetchOptional(LEAD.SEARCH_TEXT);
    }

    /** Receives (id, search text) pairs. */
    @FunctionalInterface
    public interface SearchTextSink {
        void accept(long id, String text);
    }

    public List<String> tags(DSLContext dsl, long leadId) {
        return dsl.select(TAG.NAME)
                .from(LEAD_TAG)
                .join(TAG)
                .on(TAG.ID.eq(LEAD_TAG.TAG_ID))
                .where(LEAD_TAG.LEAD_ID.eq(leadId))
                .orderBy(TAG.NAME_KEY)
                .fetch(TAG.NAME);
    }

    public List<String> allTags(DSLContext dsl) {
        return dsl.select(TAG.NAME).from(TAG).orderBy(TAG.NAME_KEY).fetch(TAG.NAME);
    }

    public Map<String, String> customFields(DSLContext dsl, long leadId) {
        Map<String, String> fields = new LinkedHashMap<>();
        dsl.select(LEAD_CUSTOM_FIELD.FIELD_NAME, LEAD_CUSTOM_FIELD.FIELD_VALUE)
                .from(LEAD_CUSTOM_FIELD)
                .where(LEAD_CUSTOM_FIELD.LEAD_ID.eq(leadId))
                .orderBy(LEAD_CUSTOM_FIELD.FIELD_NAME)
                .forEach(r -> fields.put(r.value1(), r.value2()));
        return fields;
    }

    private void replaceTags(DSLContext dsl, long leadId, List<String> tags) {
        dsl.deleteFrom(LEAD_TAG).where(LEAD_TAG.LEAD_ID.eq(leadId)).execute();
        for (String tag : tags) {
            long tagId = tagId(dsl, tag);
            dsl.insertInto(LEAD_TAG, LEAD_TAG.LEAD_ID, LEAD_TAG.TAG_ID)
                    .values(leadId, tagId)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    /** The id of a tag, created on first use. */
    public long tagId(DSLContext dsl, String tag) {
        String key = TextKeys.fold(tag);
        return dsl.select(TAG.ID)
                .from(TAG)
                .where(TAG.NAME_KEY.eq(key))
                .fetchOptional(TAG.ID)
                .orElseGet(() -> dsl.insertInto(TAG, TAG.NAME, TAG.NAME_KEY)
                        .values(tag.strip(), key)
                        .returningResult(TAG.ID)
                        .fetchOne(TAG.ID));
    }

    private void replaceCustomFields(DSLContext dsl, long leadId, Map<String, String> fields) {
        dsl.deleteFrom(LEAD_CUSTOM_FIELD)
                .where(LEAD_CUSTOM_FIELD.LEAD_ID.eq(leadId))
                .execute();
        if (fields.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                LEAD_CUSTOM_FIELD,
                LEAD_CUSTOM_FIELD.LEAD_ID,
                LEAD_CUSTOM_FIELD.FIELD_NAME,
                LEAD_CUSTOM_FIELD.FIELD_VALUE);
        for (var entry : fields.entrySet()) {
            insert = insert.values(leadId, entry.getKey(), entry.getValue());
        }
        insert.execute();
    }

    /** The criteria but the score range, which needs the database to choose its form ({@link LeadScoreQuery}). */
    static Condition condition(LeadCriteria c) {
        List<Condition> conditions = new ArrayList<>();
        for (String word : c.contains()) {
            conditions.add(LEAD.SEARCH_TEXT.like("%" + escapeLike(word) + "%", '\\'));
        }
        if (c.ids() != null) {
            conditions.add(c.ids().isEmpty() ? DSL.falseCondition() : LEAD.ID.in(c.ids()));
        }
        if (c.createdFrom() != null) {
            conditions.add(LEAD.CREATED_AT.ge(c.createdFrom()));
        }
        if (c.createdBefore() != null) {
            conditions.add(LEAD.CREATED_AT.lt(c.createdBefore()));
        }
        if (c.channelId() != null) {
            conditions.add(LEAD.CHANNEL_ID.eq(c.channelId()));
        }
        if (c.stageId() != null) {
            conditions.add(LEAD.STAGE_ID.eq(c.stageId()));
        }
        if (c.bant() != null) {
            conditions.add(bantCondition(c.bant()));
        }
        if (c.qualification() != null) {
            conditions.add(LEAD.QUALIFICATION.eq(c.qualification().name()));
        }
        for (String tagKey : c.tagKeys()) {
            conditions.add(DSL.exists(DSL.selectOne()
                    .from(LEAD_TAG)
                    .join(TAG)
                    .on(TAG.ID.eq(LEAD_TAG.TAG_ID))
                    .where(LEAD_TAG.LEAD_ID.eq(LEAD.ID))
                    .and(TAG.NAME_KEY.eq(tagKey))));
        }
        return DSL.and(conditions);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Rows strictly after (value, id) in the scan order. Written as a range on the sort column plus a tie-break, so
     * that H2 starts the index scan at the key instead of filtering from the beginning.
     *
     * @param idColumn the lead id beside the sort column in its index
     */
    static <T> Condition seek(Field<T> column, Object key, Field<Long> idColumn, long id, boolean ascendingScan) {
        @SuppressWarnings("unchecked")
        T value = (T) key;
        return ascendingScan
                ? column.ge(value).and(column.gt(value).or(idColumn.gt(id)))
                : column.le(value).and(column.lt(value).or(idColumn.lt(id)));
    }

    /** The lead column of a sort order other than the score (which lives in lead_score: {@link LeadScoreQuery}). */
    private static Field<?> sortColumn(LeadSortField field) {
        return switch (field) {
            case CREATED -> LEAD.CREATED_AT;
            case NAME -> LEAD.NAME_KEY;
            case EMAIL -> LEAD.EMAIL_KEY;
            case COMPANY -> LEAD.COMPANY_KEY;
            case SCORE -> throw new IllegalArgumentException("the score is read by LeadScoreQuery");
        };
    }

    private static Field<Integer> scoreOf(Field<Long> leadId) {
        return DSL.field(DSL.select(LEAD_SCORE.SCORE).from(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(leadId)))
                .as("score");
    }

    private static Field<Integer> touchCount(Field<Long> leadId) {
        return DSL.field(DSL.selectCount().from(TOUCH).where(TOUCH.LEAD_ID.eq(leadId)))
                .as("touches");
    }

    /**
     * The page's rows with each lead's touch count, counted in an outer query over the page. In the page query itself
     * the count would be taken for every matching lead whenever H2 has to sort them (a stage or channel filter: no
     * index gives that order), not only for the page: at 100,000 leads a stage's first page went from 0.1 to 0.9 s.
     * The outer rows are coerced back to the page's own fields, so that they are read by position: looked up by name
     * through the derived table, reading 100 rows took longer than counting their touches.
     */
    static List<Record> withTouches(
            DSLContext dsl,
            List<Field<?>> pageFields,
            TableLike<?> from,
            Condition where,
            List<SortField<?>> order,
            int limit,
            Field<?> sortColumn,
            boolean ascendingScan) {
        Table<? extends Record> rows = dsl.select(pageFields)
                .from(from)
                .where(where)
                .orderBy(order)
                .limit(limit)
                .asTable("page");
        Field<Long> id = rows.field(LEAD.ID);
        Field<?> sort = rows.field(sortColumn);
        List<Field<?>> fields = new ArrayList<>(List.of(rows.fields()));
        fields.add(touchCount(id));
        fields.add(scoreOf(id));
        List<Field<?>> asRead = new ArrayList<>(pageFields);
        asRead.add(TOUCHES);
        asRead.add(SCORE);
        return new ArrayList<>(dsl.select(fields)
                .from(rows)
                .orderBy(ascendingScan ? sort.asc() : sort.desc(), ascendingScan ? id.asc() : id.desc())
                .coerce(asRead)
                .fetch());
    }

    static List<Field<?>> rowFields(Field<?> sortColumn) {
        List<Field<?>> fields = new ArrayList<>(LeadRecords.ROW_FIELDS);
        fields.add(CHANNEL_NAME);
        fields.add(STAGE_NAME);
        if (!fields.contains(sortColumn)) {
            fields.add(sortColumn);
        }
        return fields;
    }

    private static PageKey key(Record record, Field<?> sortColumn) {
        return new PageKey(record.get(sortColumn), record.get(LEAD.ID));
    }

    static Field<String> channelNameField() {
        return CHANNEL_NAME;
    }

    static Field<String> stageNameField() {
        return STAGE_NAME;
    }

    static Field<Integer> touchesField() {
        return TOUCHES;
    }

    static Field<Integer> scoreField() {
        return SCORE;
    }

    /**
     * Above this many search matches, a page is picked from the sort index rather than by fetching every match:
     * measured on a million leads, a match costs 50–90 µs to fetch by primary key (its whole row is read), an entry of
     * the sort index well under 1 µs to scan, and a page needs about {@code pageSize × leads / matches} entries
     * scanned. The two meet near a thousand matches.
     */
    static final int MANY_IDS = 1_000;

    private static final int FIRST_SCAN_CHUNK = 20_000;

    /** Index entries read in the first chunk of a {@link SortIndexScan}; later chunks double. */
    private final int firstScanChunk;

    public LeadRepository() {
        this(StageListener.NONE, LeadChangeListener.NONE);
    }

    /**
     * @param stageListener told, inside each writing transaction, when a lead enters a stage
     * @param changeListener told, inside each writing transaction, that a lead was created or changed (not for the
     *     batch inserts of an import, which tell their own hook once per batch)
     */
    public LeadRepository(StageListener stageListener, LeadChangeListener changeListener) {
        this(stageListener, changeListener, FIRST_SCAN_CHUNK);
    }

    /** For tests that need many chunks without a million leads. */
    LeadRepository(int firstScanChunk) {
        this(StageListener.NONE, LeadChangeListener.NONE, firstScanChunk);
    }

    private LeadRepository(StageListener stageListener, LeadChangeListener changeListener, int firstScanChunk) {
        this.stageListener = stageListener;
        this.changeListener = changeListener;
        this.firstScanChunk = firstScanChunk;
    }

    static boolean manyIds(LeadCriteria criteria) {
        return criteria.ids() != null
                && criteria.ids().size() > MANY_IDS
                && criteria.contains().isEmpty()
                && criteria.onlySearch();
    }

    /**
     * One page of many matching ids, in two steps: the page's ids from the sort column's index (see {@link
     * SortIndexScan}), then only those rows, by id.
     */
    private List<Record> pageOfManyIds(
            DSLContext dsl,
            LeadCriteria criteria,
            LeadSortField field,
            Condition bound,
            List<SortField<?>> order,
            boolean ascendingScan,
            int limit) {
        Field<?> sortColumn = sortColumn(field);
        List<Long> ids = new SortIndexScan(dsl, field, sortColumn, order, firstScanChunk)
                .pageIds(
                        criteria.ids(),
                        bound,
                        limit,
                        (value, id) -> seek(sortColumn, value, LEAD.ID, id, ascendingScan));
        List<Field<?>> fields = rowFields(sortColumn);
        // At most a page of ids: the count is taken for those rows only.
        fields.add(TOUCHES);
        fields.add(SCORE);
        Map<Long, Record> rows =
                dsl.select(fields).from(LEAD).where(LEAD.ID.in(ids)).fetchMap(LEAD.ID);
        List<Record> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Record row = rows.get(id);
            if (row != null) {
                page.add(row);
            }
        }
        return page;
    }

    /**
     * Inserts many new leads with their tags and custom fields in the caller's transaction, as JDBC batches (see
     * {@link LeadBatchInsert}); returns the new ids in the order of the leads.
     */
    public long[] insertBatch(DSLContext dsl, List<LeadData> leads, List<String> phonesE164, OffsetDateTime now) {
        return new LeadBatchInsert(dsl, this).insert(leads, phonesE164, now);
    }
}
