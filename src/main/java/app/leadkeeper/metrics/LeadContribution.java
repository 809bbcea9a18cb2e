package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What one lead adds to the daily roll-up: one lead on the day it was created (in the roll-up's zone) for its
 * channel (0: none), whether it counts as MQL, SQL and customer, the revenue it brought and, once won, the whole
 * calendar days from created to won. The SQL of {@link LeadDayRepository#rebuild} says the same in SQL.
 */
record LeadContribution(
        LocalDate day, long channelKey, boolean mql, boolean sql, boolean customer, BigDecimal revenue, Integer days) {

    /** Qualifications that count as MQL (everything past Lead); a won lead always counts. */
    static final Set<String> MQL_OR_BEYOND = Set.of("MQL", "SQL", "PQL", "CUSTOMER");
    /** Qualifications that count as SQL; a won lead always counts. */
    static final Set<String> SQL_OR_BEYOND = Set.of("SQL", "CUSTOMER");

    static final String WON = "WON";

    static LeadContribution of(
            OffsetDateTime createdAt,
            Long channelId,
            String qualification,
            String status,
            OffsetDateTime wonAt,
            BigDecimal revenue,
            BigDecimal dealValue,
            ZoneId zone) {
        LocalDate day = createdAt.atZoneSameInstant(zone).toLocalDate();
        boolean won = WON.equals(status);
        BigDecimal brought =
                !won ? BigDecimal.ZERO : revenue != null ? revenue : dealValue != null ? dealValue : BigDecimal.ZERO;
        Integer days = won && wonAt != null
                ? Integer.valueOf((int) Math.max(
                        0,
                        ChronoUnit.DAYS.between(
                                day, wonAt.atZoneSameInstant(zone).toLocalDate())))
                : null;
        return new LeadContribution(
                day,
                channelId == null ? 0 : channelId,
                won || MQL_OR_BEYOND.contains(qualification),
                won || SQL_OR_BEYOND.contains(qualification),
                won,
                brought,
                days);
    }

    /** Equal for the roll-up (revenue compared by value, so 10.0 and 10.00 are the same). */
    boolean sameAs(LeadContribution other) {
        return day.equals(other.day)
                && channelKey == other.channelKey
                && mql == other.mql
                && sql == other.sql
                && customer == other.customer
                && revenue.compareTo(other.revenue) == 0
                && java.util.Objects.equals(days, other.days);
    }
}
