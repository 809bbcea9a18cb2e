package app.leadkeeper.importing;

/**
 * Where a spend report keeps its values; -1 for a column it does not have.
 *
 * @param start the day of a daily row, the first day of a period, the week's first day or the month
 * @param end the last day of a period (Meta's "Reporting ends"), or -1 when each row is one {@code period}
 * @param headerCurrency the currency named in the amount's column header, or null
 */
record SpendColumns(
        AdPlatform platform,
        int start,
        int end,
        Period period,
        int campaign,
        int amount,
        int currency,
        String headerCurrency,
        int impressions,
        int clicks) {

    /** What one value of the start column covers when there is no end column. */
    enum Period {
        DAY,
        WEEK,
        MONTH
    }
}
