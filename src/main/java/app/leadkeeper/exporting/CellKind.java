package app.leadkeeper.exporting;

/**
 * What a column holds, which decides how each format writes it: a spreadsheet gets numbers as numbers, dates as dates
 * and money and rates formatted; text, phone numbers and ids stay text (so {@code +49…} stays a phone number and a
 * long id never turns into 1.2E+15).
 */
public enum CellKind {
    TEXT(24),
    PHONE(18),
    ID(10),
    INTEGER(10),
    DECIMAL(12),
    MONEY(14),
    PERCENT(10),
    DATE(12),
    DATE_TIME(18),
    BOOLEAN(9);

    private final int width;

    CellKind(int width) {
        this.width = width;
    }

    /** A sensible column width, in characters, for values of this kind. */
    public int width() {
        return width;
    }

    public boolean rightAligned() {
        return switch (this) {
            case INTEGER, DECIMAL, MONEY, PERCENT -> true;
            default -> false;
        };
    }
}
