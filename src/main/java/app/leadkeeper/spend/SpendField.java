package app.leadkeeper.spend;

/** The fields of a spend entry, for messages that say which one is wrong. */
public enum SpendField {
    DATE,
    CHANNEL,
    CAMPAIGN,
    AMOUNT,
    NOTE
}
