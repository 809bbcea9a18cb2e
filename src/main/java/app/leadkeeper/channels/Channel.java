package app.leadkeeper.channels;

import java.util.Objects;

/** A named source of leads. */
public record Channel(long id, String name, ChannelCategory category, Direction direction) {
    public Channel {
        Objects.requireNonNull(name);
        Objects.requireNonNull(category);
        Objects.requireNonNull(direction);
    }

    @Override
    public String toString() {
        return name;
    }
}
