package app.leadkeeper.channels;

import java.time.OffsetDateTime;

/**
 * An imported source value and the channel it stands for.
 *
 * @param channelId null: the value is known but set to no channel; leads carrying it get none
 * @param seen rows of committed imports that carried the value
 */
public record ChannelMapping(
        String valueKey,
        String value,
        Long channelId,
        String channelName,
        long seen,
        OffsetDateTime firstSeen,
        OffsetDateTime lastSeen) {

    public boolean mapped() {
        return channelId != null;
    }
}
