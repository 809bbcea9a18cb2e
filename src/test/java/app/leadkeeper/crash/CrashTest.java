package app.leadkeeper.crash;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.Launcher;
import app.leadkeeper.data.Restore;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.testing.TempApp;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the program ({@code kill -9}) at random moments while it imports, edits and backs up, 51 times over one
 * data folder, and after each kill checks: the database opens, no import is half applied, every edit the program
 * reported as committed is there, and a backup is either complete or absent. The seed is printed, so a failure can
 * be replayed with {@code -Dcrash.seed=…}.
 */
class CrashTest {
    private static final int CYCLES = 51;
    private static final int ROWS = 10_000;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsTheDataStaysWholeAndEveryReportedCommitStays() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("CrashTest seed " + seed);
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        List<Long> ids = new ArrayList<>();
        try (AppContext app = TempApp.open(data)) {
            for (int i = 0; i < 20; i++) {
                ids.add(app.leads()
                        .create(TempApp.lead("Edit" + i, "Me", "edit" + i + "@example.com")
                                .build())
                        .id());
            }
        }
        Path csv = bigCsv();
        final long leads = 20;
        long nextEdit = 1;
        Map<Long, Long> committed = new HashMap<>();
        int imports = 0, edits = 0, backups = 0, importsKilledMidway = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            String what = "cycle " + cycle + " (seed " + seed + ")";
            int kind = cycle % 3;
            if (kind == 0) {
                // An import: killed while it backs up, reads or writes rows, or (now and then) after its commit.
                Process p = start(data, "import", csv.toString());
                killAfter(p, line -> line.contains("rows read"), random.nextInt(1_500), true);
                imports++;
                try (AppContext app = TempApp.open(data)) {
                    long now = app.leads().count(LeadFilter.NONE);
                    assertThat(now)
                            .as(what + ": all of the import or none of it")
                            .isIn(leads, leads + ROWS);
                    if (now == leads) {
                        importsKilledMidway++;
                    } else {
                        // Undone as one batch, which keeps the folder small for the cycles to come.
                        app.imports().undo(app.imports().history().getFirst().id());
                        assertThat(app.leads().count(LeadFilter.NONE)).as(what).isEqualTo(leads);
                    }
                }
            } else if (kind == 1) {
                // Edits: one commit after another; the ones reported done must all be there.
                List<String> out = new ArrayList<>();
                List<String> args = new ArrayList<>(List.of(data.toString(), Long.toString(nextEdit)));
                ids.forEach(id -> args.add(id.toString()));
                Process p = startClass(CrashEditDriver.class.getName(), args);
                killAfter(p, line -> line.startsWith("done"), 100 + random.nextInt(900), false, out);
                edits++;
                for (String line : out) {
                    if (line.startsWith("done ")) {
                        String[] f = line.split(" ");
                        long n = Long.parseLong(f[2]);
                        committed.put(Long.parseLong(f[1]), n);
                        nextEdit = Math.max(nextEdit, n + 1);
                    }
                }
                // One more may have committed after its line was printed… or just before the kill.
                nextEdit += ids.size() + 1;
                try (AppContext app = TempApp.open(data)) {
                    for (Map.Entry<Long, Long> c : committed.entrySet()) {
                        Lead lead = app.leads().find(c.getKey()).orElseThrow();
                        long stored = Long.parseLong(lead.data().company().substring(1));
                        assertThat(stored)
                                .as(what + ": lead " + c.getKey() + " keeps its reported commit")
                                .isGreaterThanOrEqualTo(c.getValue());
                    }
                }
            } else {
                // A backup to a file: complete (a backup that restores) or not there at all.
                Path target = dir.resolve("backup-" + cycle + ".zip");
                Process p = start(data, "backup", "--out", target.toString());
                killAfter(p, line -> line.startsWith("Backing up"), random.nextInt(400), true);
                backups++;
                if (Files.exists(target)) {
                    assertThat(Restore.check(target).leads()).as(what).isEqualTo(leads);
                }
                try (AppContext app = TempApp.open(data)) {
                    assertThat(app.leads().count(LeadFilter.NONE)).as(what).isEqualTo(leads);
                }
            }
        }
        System.out.printf(
                "CrashTest: %d kills survived (%d imports, %d of them killed before their commit; %d edit runs, %d"
                        + " commits checked; %d backups)%n",
                CYCLES, imports, importsKilledMidway, edits, committed.size(), backups);
        assertThat(imports + edits + backups).isEqualTo(CYCLES);
    }

    private Path bigCsv() throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name,Last name,Email,Company\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("New" + i + ",Row,new" + i + "@example.com,Company " + (i % 97) + "\n");
            }
        }
        return file;
    }

    private static Process start(Path data, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString()));
        args.addAll(List.of(command));
        return startClass(Launcher.class.getName(), args);
    }

    private static Process startClass(String main, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                main));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static boolean killAfter(Process p, Predicate<String> started, int delayMillis, boolean mayFinish)
            throws Exception {
        return killAfter(p, started, delayMillis, mayFinish, new ArrayList<>());
    }

    /**
     * Reads the program's output until {@code started} matches, lets it run {@code delayMillis} longer (reading on),
     * then kills it without warning. Returns whether it had ended on its own.
     */
    private static boolean killAfter(
            Process p, Predicate<String> started, int delayMillis, boolean mayFinish, List<String> out)
            throws Exception {
        Thread reader = new Thread(() -> drain(p.getInputStream(), out, started));
        reader.setDaemon(true);
        reader.start();
        synchronized (out) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (out.stream().noneMatch(started) && p.isAlive() && System.currentTimeMillis() < deadline) {
                out.wait(100);
            }
        }
        boolean ended = p.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        if (!ended) {
            p.destroyForcibly();
            p.waitFor();
        }
        reader.join(5_000);
        synchronized (out) {
            assertThat(out).as("the program started its work: %s", out).anyMatch(started);
            if (ended && !mayFinish) {
                throw new AssertionError("the program ended on its own: " + out);
            }
        }
        return ended;
    }

    private static void drain(InputStream in, List<String> out, Predicate<String> started) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (out) {
                    out.add(line);
                    out.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed: what was read is what it said.
        }
    }
}
