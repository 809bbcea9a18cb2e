package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.exporting.CsvOptions;
import app.leadkeeper.exporting.ExportService;
import app.leadkeeper.exporting.LeadColumn;
import app.leadkeeper.leads.LeadFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench export}: demo leads up to N, then every lead to CSV and to .xlsx (all columns) in a temporary folder,
 * with each export's time, file size and the peak of the Java heap while it ran (the targets are for a heap of at
 * most 256 MB: run the bench with {@code -Xmx256m} to hold it to that).
 */
final class ExportBenchmark {
    private final CliContext context;

    ExportBenchmark(CliContext context) {
        this.context = context;
    }

    Map<String, Object> run(long leads) {
        AppContext app = BenchFolder.filledTo(context, leads);
        ExportService exports = app.exports();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("leads", app.leads().count(LeadFilter.NONE));
        result.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path folder;
        try {
            folder = Files.createTempDirectory("leadkeeper-bench-export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (String format : new String[] {"csv", "xlsx"}) {
                Path file = folder.resolve("leads." + format);
                System.gc();
                resetPeaks();
                long started = System.nanoTime();
                exports.exportLeads(file, exports.allLeads(), LeadColumn.ALL, CsvOptions.DEFAULT, new Progress());
                result.put(format + "Ms", (System.nanoTime() - started) / 1e6);
                result.put(format + "PeakHeapMb", peakHeapMb());
                result.put(format + "FileMb", Files.size(file) / (1024.0 * 1024.0));
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any one time. */
    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    static String table(Map<String, Object> r) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "Export benchmark: %,d leads, heap limit %,d MB%n", r.get("leads"), r.get("maxHeapMb")));
        for (String format : new String[] {"csv", "xlsx"}) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-8s %9.1f s   %7.1f MB file   heap peak %6.1f MB%n",
                    "to " + format,
                    ((Number) r.get(format + "Ms")).doubleValue() / 1000,
                    ((Number) r.get(format + "FileMb")).doubleValue(),
                    ((Number) r.get(format + "PeakHeapMb")).doubleValue()));
        }
        return out.toString();
    }
}
