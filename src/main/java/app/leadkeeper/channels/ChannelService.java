package app.leadkeeper.channels;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.core.UserException;
import java.util.List;
import org.jooq.DSLContext;

/** The channels other features may use: list them, find or create one by name. */
public final class ChannelService {
    private final DSLContext dsl;
    private final ChannelRepository repository;

    public ChannelService(DSLContext dsl, ChannelRepository repository) {
        this.dsl = dsl;
        this.repository = repository;
    }

    public List<Channel> all() {
        return repository.findAll(dsl);
    }

    /** The channel with this name (case and accents ignored), if there is one. */
    public java.util.Optional<Channel> find(String name) {
        return TextKeys.clean(name) == null ? java.util.Optional.empty() : repository.findByName(dsl, name);
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
}
