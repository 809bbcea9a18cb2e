package app.leadkeeper.channels;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.core.UserException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The channels: list them, find or create one by name, edit their category and direction, and map the source values
 * imports bring ("fb", "utm_source=newsletter", "A friend told me") to them.
 */
public final class ChannelService {
    private final DSLContext dsl;
    private final ChannelRepository repository;
    private final ChannelMappingRepository mappings = new ChannelMappingRepository();
    private final Clock clock;

    public ChannelService(DSLContext dsl, ChannelRepository repository) {
        this(dsl, repository, Clock.systemDefaultZone());
    }

    public ChannelService(DSLContext dsl, ChannelRepository repository, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.clock = clock;
    }

    public List<Channel> all() {
        return repository.findAll(dsl);
    }

    /** The channel with this name (case and accents ignored), if there is one. */
    public Optional<Channel> find(String name) {
        return TextKeys.clean(name) == null ? Optional.empty() : repository.findByName(dsl, name);
    }

    /** The channel with this name (case and accents ignored), created as "other, inbound" when new. */
    public Channel ensure(String name) {
        return ensure(name, ChannelCategory.OTHER, Direction.INBOUND);
    }

    public Channel ensure(String name, ChannelCategory category, Direction direction) {
        if (TextKeys.clean(name) == null) {
            throw new UserException("A channel needs a name.");
        }
        return dsl.transactionResult(cfg -> repository
                .findByName(cfg.dsl(), name)
                .orElseGet(() -> repository.insert(cfg.dsl(), name, category, direction)));
    }

    /** Adds a channel; refused when the name is empty or taken. */
    public Channel add(String name, ChannelCategory category, Direction direction) {
        String clean = checkedName(name);
        return dsl.transactionResult(cfg -> {
            if (repository.findByName(cfg.dsl(), clean).isPresent()) {
                throw new UserException("There is already a channel called “" + clean + "”.");
            }
            return repository.insert(cfg.dsl(), clean, category, direction);
        });
    }

    /** Renames a channel and sets its category and direction; refused when the new name belongs to another one. */
    public Channel update(long id, String name, ChannelCategory category, Direction direction) {
        String clean = checkedName(name);
        return dsl.transactionResult(cfg -> {
            Optional<Channel> same = repository.findByName(cfg.dsl(), clean);
            if (same.isPresent() && same.get().id() != id) {
                throw new UserException("There is already a channel called “" + clean + "”.");
            }
            if (repository.update(cfg.dsl(), id, clean, category, direction) == 0) {
                throw new UserException("The channel no longer exists.");
            }
            return new Channel(id, clean, category, direction);
        });
    }

    private static String checkedName(String name) {
        String clean = TextKeys.clean(name);
        if (clean == null) {
            throw new UserException("A channel needs a name.");
        }
        if (clean.length() > 200) {
            throw new UserException("A channel name can have at most 200 characters.");
        }
        return clean;
    }

    /** Every source value imports have brought, with its channel (or none) and how many rows carried it. */
    public List<ChannelMapping> mappings() {
        return mappings.findAll(dsl);
    }

    /** The mapping of an imported value, if it was seen before. */
    public Optional<ChannelMapping> mapping(String value) {
        String key = TextKeys.fold(TextKeys.clean(value) == null ? "" : value);
        return key.isEmpty() ? Optional.empty() : mappings.find(dsl, key);
    }

    /** Points a source value at a channel, or at none (null); later imports follow it. */
    public void map(String valueKey, Long channelId) {
        if (mappings.setChannel(dsl, valueKey, channelId) == 0) {
            throw new UserException("The source value “" + valueKey + "” is not known.");
        }
    }

    /**
     * The channel an imported source value stands for: its mapping when the value was seen before (null when set to
     * no channel); otherwise the channel named {@code suggestedName} (created when new), remembered for the value.
     */
    public Long resolve(String value, String suggestedName) {
        String clean = TextKeys.clean(value);
        if (clean == null) {
            return TextKeys.clean(suggestedName) == null
                    ? null
                    : ensure(suggestedName).id();
        }
        String key = TextKeys.fold(clean);
        Optional<ChannelMapping> known = mappings.find(dsl, key);
        if (known.isPresent()) {
            return known.get().channelId();
        }
        Long id = TextKeys.clean(suggestedName) == null
                ? null
                : ensure(suggestedName).id();
        String stored = clean.length() > 300 ? clean.substring(0, 300) : clean;
        mappings.insertIfAbsent(dsl, key.length() > 300 ? key.substring(0, 300) : key, stored, id, now());
        return mappings.find(dsl, key).map(ChannelMapping::channelId).orElse(id);
    }

    /** As {@link #resolve} without writing anything: for dry runs. */
    public Long peek(String value, String suggestedName) {
        Optional<ChannelMapping> known = mapping(value);
        if (known.isPresent()) {
            return known.get().channelId();
        }
        return find(suggestedName).map(Channel::id).orElse(null);
    }

    /** Counts the rows of a committed import per source value, inside the import's transaction. */
    public void recordSeen(DSLContext tx, Map<String, Long> rowsByValue) {
        Map<String, Long> byKey = new java.util.HashMap<>();
        rowsByValue.forEach((value, rows) -> {
            String clean = TextKeys.clean(value);
            if (clean != null) {
                String key = TextKeys.fold(clean);
                byKey.merge(key.length() > 300 ? key.substring(0, 300) : key, rows, Long::sum);
            }
        });
        mappings.addSeen(tx, byKey, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
