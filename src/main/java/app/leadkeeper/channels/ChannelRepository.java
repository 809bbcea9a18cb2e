package app.leadkeeper.channels;

import static app.leadkeeper.db.Tables.CHANNEL;

import app.leadkeeper.core.TextKeys;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads and writes the channel table. */
public final class ChannelRepository {

    public List<Channel> findAll(DSLContext dsl) {
        return dsl.selectFrom(CHANNEL).orderBy(CHANNEL.NAME_KEY).fetch(ChannelRepository::toChannel);
    }

    public Optional<Channel> findByName(DSLContext dsl, String name) {
        return dsl.selectFrom(CHANNEL)
                .where(CHANNEL.NAME_KEY.eq(TextKeys.fold(name)))
                .fetchOptional(ChannelRepository::toChannel);
    }

    public Channel insert(DSLContext dsl, String name, ChannelCategory category, Direction direction) {
        long id = dsl.insertInto(CHANNEL)
                .set(CHANNEL.NAME, name.strip())
                .set(CHANNEL.NAME_KEY, TextKeys.fold(name))
                .set(CHANNEL.CATEGORY, category.name())
                .set(CHANNEL.DIRECTION, direction.name())
                .returningResult(CHANNEL.ID)
                .fetchOne(CHANNEL.ID);
        return new Channel(id, name.strip(), category, direction);
    }

    public int update(DSLContext dsl, long id, String name, ChannelCategory category, Direction direction) {
        return dsl.update(CHANNEL)
                .set(CHANNEL.NAME, name.strip())
                .set(CHANNEL.NAME_KEY, TextKeys.fold(name))
                .set(CHANNEL.CATEGORY, category.name())
                .set(CHANNEL.DIRECTION, direction.name())
                .where(CHANNEL.ID.eq(id))
                .execute();
    }

    private static Channel toChannel(Record r) {
        return new Channel(
                r.get(CHANNEL.ID),
                r.get(CHANNEL.NAME),
                ChannelCategory.valueOf(r.get(CHANNEL.CATEGORY)),
                Direction.valueOf(r.get(CHANNEL.DIRECTION)));
    }
}
