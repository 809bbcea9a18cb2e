package app.leadkeeper.leads;

import java.util.Objects;

/** Which page to read: the first, the last, or the one right after or before a known row. */
public record PageRequest(Position position, PageKey key, int size) {

    /** Where the page starts. */
    public enum Position {
        FIRST,
        LAST,
        AFTER,
        BEFORE
    }

    public PageRequest {
        Objects.requireNonNull(position);
        if ((position == Position.AFTER || position == Position.BEFORE) && key == null) {
            throw new IllegalArgumentException(position + " needs a key");
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(Position.FIRST, null, size);
    }

    public static PageRequest last(int size) {
        return new PageRequest(Position.LAST, null, size);
    }

    public static PageRequest after(PageKey key, int size) {
        return new PageRequest(Position.AFTER, key, size);
    }

    public static PageRequest before(PageKey key, int size) {
        return new PageRequest(Position.BEFORE, key, size);
    }
}
