package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.demo.DemoLoader;
import app.leadkeeper.leads.LeadFilter;
import java.util.Locale;

/** The data folder of a benchmark: filled with demo leads up to a count, then opened afresh (no warm caches). */
final class BenchFolder {
    private BenchFolder() {}

    /** Adds demo leads until the folder holds {@code leads}, closes it and hands back the reopened app. */
    static AppContext filledTo(CliContext context, long leads) {
        AppContext app = context.app();
        long existing = app.leads().count(LeadFilter.NONE);
        if (existing < leads) {
            context.err().printf(Locale.ROOT, "Adding %,d demo leads to reach %,d…%n", leads - existing, leads);
            DemoLoader.of(app).add(leads - existing, existing, p -> {});
        }
        context.close();
        return context.app();
    }
}
