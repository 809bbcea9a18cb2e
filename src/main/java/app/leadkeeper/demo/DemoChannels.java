package app.leadkeeper.demo;

import app.leadkeeper.channels.ChannelService;
import java.util.EnumMap;
import java.util.Map;

/** Makes sure the demo channels exist, through the channel service, and tells their ids. */
public final class DemoChannels {
    private DemoChannels() {}

    /** Finds or creates every demo channel; an existing channel of the same name is used as it is. */
    public static Map<DemoChannel, Long> ensure(ChannelService channels) {
        Map<DemoChannel, Long> ids = new EnumMap<>(DemoChannel.class);
        for (DemoChannel channel : DemoChannel.values()) {
            ids.put(
                    channel,
                    channels.ensure(channel.label(), channel.category(), channel.direction())
                            .id());
        }
        return ids;
    }
}
