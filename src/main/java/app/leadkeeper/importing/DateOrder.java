package app.leadkeeper.importing;

import java.util.Set;

/** How a column writes numeric dates such as 03/04/2024: day first (3 April) or month first (March 4). */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /** Countries whose people write the month first; elsewhere the day comes first. */
    private static final Set<String> MONTH_FIRST_REGIONS =
            Set.of("US", "PH", "CA", "FM", "MH", "PW", "GU", "AS", "MP", "VI", "PR", "UM");

    /** The order to assume when a whole column has no day above 12: the one of the user's phone region. */
    public static DateOrder forRegion(String region) {
        return region != null && MONTH_FIRST_REGIONS.contains(region) ? MONTH_FIRST : DAY_FIRST;
    }
}
