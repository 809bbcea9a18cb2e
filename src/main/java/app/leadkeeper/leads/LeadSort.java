package app.leadkeeper.leads;

import java.util.Objects;

/** A sort column and direction. */
public record LeadSort(LeadSortField field, boolean ascending) {
    public static final LeadSort NEWEST_FIRST = new LeadSort(LeadSortField.CREATED, false);

    public LeadSort {
        Objects.requireNonNull(field);
    }
}
