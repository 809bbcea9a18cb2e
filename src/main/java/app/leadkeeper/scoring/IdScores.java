package app.leadkeeper.scoring;

import java.util.Arrays;

/**
 * Lead ids with an int each, appended in ascending id order: a million leads' scores in 12 MB instead of a map of
 * boxed values. Looked up by binary search.
 */
final class IdScores {
    private long[] ids = new long[1024];
    private int[] values = new int[1024];
    private int size;

    void add(long id, int value) {
        if (size > 0 && id <= ids[size - 1]) {
            throw new IllegalArgumentException("ids must ascend: " + id + " after " + ids[size - 1]);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        ids[size] = id;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    long id(int index) {
        return ids[index];
    }

    int value(int index) {
        return values[index];
    }

    /** The index of {@code id}, or a negative number when absent. */
    int indexOf(long id) {
        return Arrays.binarySearch(ids, 0, size, id);
    }

    boolean contains(long id) {
        return indexOf(id) >= 0;
    }
}
