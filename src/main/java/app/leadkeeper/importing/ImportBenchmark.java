package app.leadkeeper.importing;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench import FILE}: imports the file into a fresh data folder (read, normalise, dedupe, insert, commit) and
 * loads the same file with H2's own CSVREAD into a fresh database (no validation, no dedupe, no indexes) as the floor.
 * Both run in this process, one after the other, on temporary folders that are removed afterwards.
 */
public final class ImportBenchmark {
    private final Clock clock;

    public ImportBenchmark(Clock clock) {
        this.clock = clock;
    }

    public Map<String, Object> run(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("Cannot read " + file + ": no such file.");
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("leadkeeper-bench-import");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("bytes", Files.size(file));
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportReport report;
            try (AppContext app = AppContext.open(new DataFolder(scratch.resolve("import")), clock)) {
                ImportPreview preview = app.imports().preview(file);
                report = app.imports().run(preview, ImportOptions.NONE, new Progress());
            }
            double importSeconds = (System.nanoTime() - started) / 1e9;
            result.put("rows", report.rows());
            result.put("created", report.created());
            result.put("rejected", report.rejected());
            result.put("importSeconds", importSeconds);
            result.put("importRowsPerSecond", report.rows() / importSeconds);
            result.put("importPeakHeapMB", peakHeapMegabytes());
            result.put("importPeakRssMB", peakRssMegabytes());
            double floor = csvRead(file, report, scratch.resolve("csvread"));
            result.put("csvreadSeconds", floor);
            result.put("ratio", importSeconds / floor);
            return result;
        } catch (IOException e) {
            throw new UserException("The import benchmark could not use a temporary folder: " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static double csvRead(Path file, ImportReport report, Path folder) {
        String delimiter = switch (report.delimiter()) {
            case "tab" -> "\t";
            default -> report.delimiter();
        };
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("floor").toAbsolutePath(), "sa", "")) {
            // CSVREAD takes its arguments as literals, not bind values; both are quoted here.
            try (Statement load = connection.createStatement()) {
                load.execute("CREATE TABLE floor AS SELECT * FROM CSVREAD("
                        + literal(file.toAbsolutePath().toString()) + ", NULL, "
                        + literal("charset=" + report.encoding() + " fieldSeparator=" + delimiter) + ")");
            }
        } catch (SQLException e) {
            throw new UserException("H2's CSVREAD could not load " + file + ": " + e.getMessage(), e);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static double peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                / 1e6;
    }

    /** The process's peak resident memory, from Linux's /proc; -1 elsewhere. */
    private static double peakRssMegabytes() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.replaceAll("[^0-9]", ""))
                    .mapToDouble(kb -> Long.parseLong(kb) / 1024.0)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static String table(Map<String, Object> result) {
        return String.format(
                Locale.ROOT,
                """
                Import benchmark: %s (%,d bytes)
                  rows read                 %,d (%,d new, %,d rejected)
                  Leadkeeper import         %.1f s  (%,.0f rows/s)
                  peak heap / peak RSS      %.0f MB / %.0f MB
                  H2 CSVREAD (the floor)    %.1f s
                  ratio import / CSVREAD    %.2f  (target <= 1.0)
                """,
                result.get("file"),
                result.get("bytes"),
                result.get("rows"),
                result.get("created"),
                result.get("rejected"),
                result.get("importSeconds"),
                result.get("importRowsPerSecond"),
                result.get("importPeakHeapMB"),
                result.get("importPeakRssMB"),
                result.get("csvreadSeconds"),
                result.get("ratio"));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder the system will clean.
        }
    }
}
