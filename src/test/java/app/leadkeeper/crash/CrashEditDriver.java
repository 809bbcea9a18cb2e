package app.leadkeeper.crash;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.Lead;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The crash test's editing program: changes the leads' companies one commit after another and prints
 * {@code done ID N} once each commit returned, until it is killed. Arguments: the data folder, the first N, lead ids.
 */
public final class CrashEditDriver {
    private CrashEditDriver() {}

    public static void main(String[] args) {
        long n = Long.parseLong(args[1]);
        List<Long> ids =
                java.util.Arrays.stream(args).skip(2).map(Long::parseLong).toList();
        try (AppContext app = AppContext.open(new DataFolder(Path.of(args[0])), Clock.systemDefaultZone())) {
            System.out.println("ready");
            System.out.flush();
            while (true) {
                for (long id : ids) {
                    Lead lead = app.leads().find(id).orElseThrow();
                    app.leads()
                            .update(id, lead.data().toBuilder().company("v" + n).build());
                    System.out.println("done " + id + " " + n);
                    System.out.flush();
                    n++;
                }
            }
        }
    }
}
