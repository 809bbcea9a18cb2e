package app.leadkeeper.funnel;

import java.math.BigDecimal;

/** How many leads stand in a column and the sum of their deal values. */
public record ColumnTotals(long leads, BigDecimal value) {
    public static final ColumnTotals NONE = new ColumnTotals(0, BigDecimal.ZERO);
}
