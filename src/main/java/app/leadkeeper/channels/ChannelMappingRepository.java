package app.leadkeeper.channels;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.CHANNEL_MAPPING;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads and writes the channel_mapping table. */
final class ChannelMappingRepository {

    List<ChannelMapping> findAll(DSLContext dsl) {
        return select(dsl).orderBy(CHANNEL_MAPPING.VALUE_KEY).fetch(ChannelMappingRepository::toMapping);
    }

    Optional<ChannelMapping> find(DSLContext dsl, String valueKey) {
        return select(dsl)
                .where(CHANNEL_MAPPING.VALUE_KEY.eq(valueKey))
                .fetchOptional(ChannelMappingRepository::toMapping);
    }

    /** Remembers a new value; a value someone else remembered meanwhile is left as it is. */
    void insertIfAbsent(DSLContext dsl, String valueKey, String value, Long channelId, OffsetDateTime now) {
        dsl.insertInto(CHANNEL_MAPPING)
                .set(CHANNEL_MAPPING.VALUE_KEY, valueKey)
                .set(CHANNEL_MAPPING.SOURCE_VALUE, value)
                .set(CHANNEL_MAPPING.CHANNEL_ID, channelId)
                .set(CHANNEL_MAPPING.FIRST_SEEN, now)
                .set(CHANNEL_MAPPING.LAST_SEEN, now)
                .onDuplicateKeyIgnore()
                .execute();
    }

    int setChannel(DSLContext dsl, String valueKey, Long channelId) {
        return dsl.update(CHANNEL_MAPPING)
                .set(CHANNEL_MAPPING.CHANNEL_ID, channelId)
                .where(CHANNEL_MAPPING.VALUE_KEY.eq(valueKey))
                .execute();
    }

    void addSeen(DSLContext dsl, Map<String, Long> rowsByKey, OffsetDateTime now) {
        rowsByKey.forEach((key, rows) -> dsl.update(CHANNEL_MAPPING)
                .set(CHANNEL_MAPPING.SEEN, CHANNEL_MAPPING.SEEN.plus(rows))
                .set(CHANNEL_MAPPING.LAST_SEEN, now)
                .where(CHANNEL_MAPPING.VALUE_KEY.eq(key))
                .execute());
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(CHANNEL_MAPPING.fields())
                .select(CHANNEL.NAME)
                .from(CHANNEL_MAPPING)
                .leftJoin(CHANNEL)
                .on(CHANNEL.ID.eq(CHANNEL_MAPPING.CHANNEL_ID));
    }

    private static ChannelMapping toMapping(Record r) {
        return new ChannelMapping(
                r.get(CHANNEL_MAPPING.VALUE_KEY),
                r.get(CHANNEL_MAPPING.SOURCE_VALUE),
                r.get(CHANNEL_MAPPING.CHANNEL_ID),
                r.get(CHANNEL.NAME),
                r.get(CHANNEL_MAPPING.SEEN),
                r.get(CHANNEL_MAPPING.FIRST_SEEN),
                r.get(CHANNEL_MAPPING.LAST_SEEN));
    }
}
