package app.leadkeeper.spend;

/** The fields of a traffic row, for messages that say which one is wrong. */
public enum TrafficField {
    START,
    END,
    CHANNEL,
    LANDING_PAGE,
    VISITS,
    CLICKS,
    IMPRESSIONS
}
