package app.leadkeeper.leads;

import java.util.Objects;

/** Budget, authority, need and timeframe. */
public record Bant(BantItem budget, BantItem authority, BantItem need, BantItem timeframe) {
    public static final Bant UNKNOWN = new Bant(BantItem.UNKNOWN, BantItem.UNKNOWN, BantItem.UNKNOWN, BantItem.UNKNOWN);

    public Bant {
        Objects.requireNonNull(budget);
        Objects.requireNonNull(authority);
        Objects.requireNonNull(need);
        Objects.requireNonNull(timeframe);
    }
}
