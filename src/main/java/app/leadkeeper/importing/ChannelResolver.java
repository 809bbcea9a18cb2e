package app.leadkeeper.importing;

/** Turns a record's source value and suggested channel name into a channel id (null: no channel). */
@FunctionalInterface
interface ChannelResolver {
    Long id(String value, String suggestedName);
}
