package app.leadkeeper.scoring;

/**
 * How an attribute rule compares the lead's value with the rule's. Text comparisons ignore case; {@link #AT_LEAST}
 * and {@link #AT_MOST} compare numbers and never match a value that is not one; {@link #IN_LIST} takes one value per
 * line (commas also separate).
 */
public enum Operator {
    EQUALS("equals", true),
    CONTAINS("contains", true),
    STARTS_WITH("starts with", true),
    IS_EMPTY("is empty", false),
    IS_NOT_EMPTY("is not empty", false),
    AT_LEAST("≥", true),
    AT_MOST("≤", true),
    IN_LIST("is in the list", true);

    private final String label;
    private final boolean needsValue;

    Operator(String label, boolean needsValue) {
        this.label = label;
        this.needsValue = needsValue;
    }

    public String label() {
        return label;
    }

    /** False for the emptiness checks, which compare with nothing. */
    public boolean needsValue() {
        return needsValue;
    }

    /** True for the comparisons that need a number as the rule's value. */
    public boolean numeric() {
        return this == AT_LEAST || this == AT_MOST;
    }

    @Override
    public String toString() {
        return label;
    }
}
