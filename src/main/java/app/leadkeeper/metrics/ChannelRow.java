package app.leadkeeper.metrics;

import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.Direction;

/** One line of the metrics table: a channel (channelId null: leads without a channel) and its figures. */
public record ChannelRow(
        Long channelId, String channel, ChannelCategory category, Direction direction, ChannelFigures figures) {}
