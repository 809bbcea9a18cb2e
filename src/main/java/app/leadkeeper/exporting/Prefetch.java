package app.leadkeeper.exporting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads a lead source on a thread of its own while the caller writes: reading a million leads out of H2 and
 * formatting them into a file each take seconds of CPU, and on two cores they overlap instead of taking turns. A few
 * batches wait in a bounded queue, so memory stays flat. When the writer stops early (a cancel, a full disk), the
 * reader stops at its next row; it is never interrupted, since an interrupt inside H2 closes the database file.
 */
final class Prefetch {
    private static final int BATCH = 1_000;
    private static final int QUEUED_BATCHES = 4;
    private static final List<LeadExportRow> END = new ArrayList<>(0);

    private Prefetch() {}

    static LeadSource of(LeadSource source) {
        return new LeadSource() {
            @Override
            public long count() {
                return source.count();
            }

            @Override
            public void forEach(Consumer<LeadExportRow> sink) {
                run(source, sink);
            }
        };
    }

    /** Thrown inside the reader to leave the source's loop once the writer has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void run(LeadSource source, Consumer<LeadExportRow> sink) {
        BlockingQueue<List<LeadExportRow>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().name("export-reader").daemon().start(() -> {
            List<LeadExportRow>[] batch = new List[] {new ArrayList<>(BATCH)};
            try {
                source.forEach(row -> {
                    batch[0].add(row);
                    if (batch[0].size() == BATCH) {
                        put(queue, batch[0], stop);
                        batch[0] = new ArrayList<>(BATCH);
                    }
                });
                if (!batch[0].isEmpty()) {
                    put(queue, batch[0], stop);
                }
            } catch (Stopped e) {
                // The writer stopped first; nothing more to hand over.
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                try {
                    put(queue, END, stop);
                } catch (Stopped e) {
                    // Nobody is waiting for the end.
                }
            }
        });
        try {
            while (true) {
                List<LeadExportRow> batch = take(queue);
                if (batch == END) {
                    break;
                }
                batch.forEach(sink);
            }
        } finally {
            stop.set(true);
            queue.clear();
            join(reader);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void put(BlockingQueue<List<LeadExportRow>> queue, List<LeadExportRow> batch, AtomicBoolean stop) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static List<LeadExportRow> take(BlockingQueue<List<LeadExportRow>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        }
    }

    private static void join(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
