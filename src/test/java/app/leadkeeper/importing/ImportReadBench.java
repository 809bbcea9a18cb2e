package app.leadkeeper.importing;

import app.leadkeeper.leads.PhoneNumbers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reading and normalising speed on a generated web-form export (not a JUnit test: run it by hand).
 *
 * <pre>
 * ./mvnw -B -o -DskipAppImage=true -Dspotless.check.skip=true test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" app.leadkeeper.importing.ImportReadBench [rows]
 * </pre>
 *
 * Writes /tmp/leadkeeper-bench-ROWS.csv once, then sniffs and reads it three times on this thread and prints rows
 * per second, by the wall clock and by this thread's CPU time (the figure that does not depend on what else runs).
 */
public final class ImportReadBench {
    private ImportReadBench() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "leadkeeper-bench-" + rows + ".csv");
        if (!Files.exists(file)) {
            write(file, rows);
        }
        System.out.printf("file %s, %,d bytes%n", file, Files.size(file));
        ImportContext context =
                ImportContext.of(file, new PhoneNumbers("DE"), Clock.system(ZoneId.of("Europe/Berlin")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            SniffResult sniff = ImportReader.sniff(file);
            ImportReader reader = new ImportReader(file, sniff, null, context);
            AtomicLong imported = new AtomicLong();
            AtomicLong rejected = new AtomicLong();
            AtomicLong phones = new AtomicLong();
            reader.forEach(record -> {
                if (record.rejected()) {
                    rejected.incrementAndGet();
                } else {
                    imported.incrementAndGet();
                    phones.addAndGet(record.phoneE164() != null ? 1 : 0);
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long total = imported.get() + rejected.get();
            System.out.printf(
                    "run %d: %,d records (%,d rejected, %,d phones): wall %.2f s = %,.0f rows/s;"
                            + " this thread's CPU %.2f s = %,.0f rows/s on one core (tool %s)%n",
                    run,
                    total,
                    rejected.get(),
                    phones.get(),
                    seconds,
                    total / seconds,
                    cpuSeconds,
                    total / cpuSeconds,
                    sniff.tool());
        }
    }

    /** A Gravity-Forms-like export: names, email, phone (international or national), company, message, UTM link. */
    static void write(Path file, int rows) throws IOException {
        String[] first = {"Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ida", "Jonas"};
        String[] last = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"};
        String[] cities = {"Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart"};
        String[] heard = {"Google", "Instagram", "A friend", "Newsletter", ""};
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF\"Entry Id\",\"Entry Date\",\"Name (First)\",\"Name (Last)\",\"Email\",\"Phone\","
                    + "\"Company\",\"City\",\"Message\",\"Consent\",\"How did you hear about us?\",\"Source Url\","
                    + "\"User IP\"\r\n");
            for (int i = 0; i < rows; i++) {
                String f = first[random.nextInt(first.length)];
                String l = last[random.nextInt(last.length)];
                String phone = i % 2 == 0
                        ? "+49 170 " + (1000000 + random.nextInt(8999999))
                        : "030 " + (10000000 + random.nextInt(89999999));
                String url = i % 3 == 0
                        ? "https://example.com/offer/?utm_source=facebook&utm_medium=cpc&utm_campaign=spring" + (i % 7)
                        : "https://example.com/contact/";
                out.write(String.join(
                        ",",
                        q(String.valueOf(rows - i)),
                        q(String.format(
                                "2024-%02d-%02d %02d:%02d:%02d", 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 59)),
                        q(f),
                        q(l),
                        q(f.toLowerCase() + "." + i + "@example.com"),
                        q(phone),
                        q(l + " GmbH"),
                        q(cities[random.nextInt(cities.length)]),
                        q(i % 5 == 0 ? "Bitte rufen Sie mich an,\r\nam besten \"vormittags\"." : "Angebot bitte"),
                        q("Yes"),
                        q(heard[random.nextInt(heard.length)]),
                        q(url),
                        q("203.0.113." + (i % 250))));
                out.write("\r\n");
            }
        }
    }

    private static String q(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
