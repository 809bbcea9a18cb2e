package app.leadkeeper.leads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * An in-memory substring index over every lead's search text, so that search as you type stays fast at a million
 * leads. The texts are packed into large strings (one byte per character where possible) scanned with
 * {@link String#indexOf(String, int)}, which the JVM runs with vector instructions; a handful of chunks are scanned in
 * parallel. Changes after the build go to a small overlay that wins over the packed texts.
 */
public final class SearchIndex {
    private static final int CHUNK_CHARS = 4 << 20;
    private static final String DELETED = "\n";

    private volatile List<Chunk> chunks = List.of();
    private final Map<Long, String> overlay = new ConcurrentHashMap<>();
    private volatile boolean ready;
    /** Grows with every change, so that a cached search result knows when it is stale. */
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    /** Matches of a search: how many, and their ids unless there were more than the caller's limit. */
    public record Result(int count, long[] ids) {
        public boolean idsComplete() {
            return ids != null;
        }
    }

    public boolean isReady() {
        return ready;
    }

    public long version() {
        return version.get();
    }

    /** Builds the index from scratch; searches meanwhile see the previous state. */
    public void rebuild(java.util.function.Consumer<LeadRepository.SearchTextSink> source) {
        Builder builder = new Builder();
        overlay.clear();
        source.accept(builder::add);
        chunks = builder.finish();
        ready = true;
        version.incrementAndGet();
    }

    public void put(long id, String text) {
        overlay.put(id, text);
        version.incrementAndGet();
    }

    public void remove(long id) {
        overlay.put(id, DELETED);
        version.incrementAndGet();
    }

    /** Finds the leads whose text contains every word; ids are collected up to {@code idLimit}. */
    public Result search(List<String> words, int idLimit) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no words");
        }
        List<Chunk> current = chunks;
        long[][] perChunk = new long[current.size()][];
        int[] counts = new int[current.size()];
        IntStream.range(0, current.size()).parallel().forEach(i -> {
            Hits hits = new Hits(idLimit);
            current.get(i).scan(words, overlay, hits);
            counts[i] = hits.count;
            perChunk[i] = hits.overflow ? null : hits.ids();
        });
        Hits total = new Hits(idLimit);
        int overlayMatches = 0;
        for (var entry : overlay.entrySet()) {
            String text = entry.getValue();
            if (text != DELETED && containsAll(text, 0, text.length(), words)) {
                total.add(entry.getKey());
                overlayMatches++;
            }
        }
        boolean complete = !total.overflow;
        for (int i = 0; i < perChunk.length; i++) {
            if (perChunk[i] == null) {
                complete = false;
            } else if (complete) {
                for (long id : perChunk[i]) {
                    total.add(id);
                }
                complete = !total.overflow;
            }
        }
        // The chunks counted their matches themselves; above, their ids were only collected.
        total.count = overlayMatches + Arrays.stream(counts).sum();
        boolean exact = complete && total.count <= idLimit;
        return new Result(total.count, exact ? total.ids() : null);
    }

    /** Whether every word occurs in text[from, to): the bound keeps a scan inside one lead's text. */
    static boolean containsAll(String text, int from, int to, List<String> words) {
        for (String word : words) {
            if (text.indexOf(word, from, to) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Collects ids up to a limit and keeps counting past it. */
    private static final class Hits {
        private final int limit;
        private long[] ids = new long[16];
        private int size;
        private int count;
        private boolean overflow;

        Hits(int limit) {
            this.limit = limit;
        }

        void add(long id) {
            count++;
            if (overflow) {
                return;
            }
            if (size == limit) {
                overflow = true;
                ids = null;
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, Math.min(limit, size * 2));
            }
            ids[size++] = id;
        }

        long[] ids() {
            return Arrays.copyOf(ids, size);
        }
    }

    /** Texts packed into one string separated by newlines, with the id and start of each. */
    private record Chunk(String text, long[] ids, int[] starts) {
        void scan(List<String> words, Map<Long, String> overlay, Hits hits) {
            String driver = words.getFirst();
            int from = 0;
            while (true) {
                int at = text.indexOf(driver, from);
                if (at < 0) {
                    return;
                }
                int entry = entryAt(at);
                int start = starts[entry];
                int end = entry + 1 < starts.length ? starts[entry + 1] - 1 : text.length();
                if (at + driver.length() <= end) {
                    long id = ids[entry];
                    if ((words.size() == 1 || containsAll(text, start, end, words)) && !overlay.containsKey(id)) {
                        hits.add(id);
                    }
                }
                from = end + 1;
            }
        }

        private int entryAt(int position) {
            int found = Arrays.binarySearch(starts, position);
            return found >= 0 ? found : -found - 2;
        }
    }

    /** Fills chunks: texts that fit in one byte per character apart from the others, so most chunks stay compact. */
    private static final class Builder {
        private final List<Chunk> done = new ArrayList<>();
        private final Part latin = new Part();
        private final Part wide = new Part();

        void add(long id, String text) {
            Part part = isLatin1(text) ? latin : wide;
            part.add(id, text);
            if (part.text.length() >= CHUNK_CHARS) {
                done.add(part.seal());
            }
        }

        List<Chunk> finish() {
            if (latin.size > 0) {
                done.add(latin.seal());
            }
            if (wide.size > 0) {
                done.add(wide.seal());
            }
            return List.copyOf(done);
        }

        private static boolean isLatin1(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 0xFF) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Part {
        private StringBuilder text = new StringBuilder(CHUNK_CHARS + 2048);
        private long[] ids = new long[1024];
        private int[] starts = new int[1024];
        private int size;

        void add(long id, String value) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
            }
            if (size > 0) {
                text.append('\n');
            }
            ids[size] = id;
            starts[size] = text.length();
            text.append(value.replace('\n', ' '));
            size++;
        }

        Chunk seal() {
            Chunk chunk = new Chunk(text.toString(), Arrays.copyOf(ids, size), Arrays.copyOf(starts, size));
            text = new StringBuilder(CHUNK_CHARS + 2048);
            size = 0;
            return chunk;
        }
    }
}
