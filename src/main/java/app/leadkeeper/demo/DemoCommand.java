package app.leadkeeper.demo;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.leads.LeadFilter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code demo --leads N [--seed S]}: fills the data folder with realistic demo leads. */
public final class DemoCommand implements Command {
    /** The largest run accepted: beyond it a typo (an extra zero or two) is more likely than intent. */
    static final long MAX_LEADS = 100_000_000L;

    private static final long PROGRESS_EVERY = 100_000;

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "demo --leads N [--seed S]";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException {
        Args options = new Args(args);
        long count = parseCount(options.required("--leads"));
        Optional<String> seedText = options.option("--seed");
        Long seed = seedText.isPresent() ? parseSeed(seedText.get()) : null;
        options.done();
        AppContext app = context.app();
        // Without --seed the seed is the number of leads already there: a fresh folder always gets the same demo
        // leads, and a second run adds different ones instead of copies.
        long seedValue = seed != null ? seed : app.leads().count(LeadFilter.NONE);
        DemoLoader loader = DemoLoader.of(app);
        Duration took = loader.add(count, seedValue, progress -> {
            if (progress.added() < progress.total() && progress.added() % PROGRESS_EVERY == 0) {
                context.err()
                        .printf(
                                Locale.ROOT,
                                "  %,d of %,d demo leads added (%.1f s)%n",
                                progress.added(),
                                progress.total(),
                                seconds(progress.elapsed()));
            }
        });
        context.err().printf(Locale.ROOT, "Added %d demo leads in %.1f s%n", count, seconds(took));
        return Cli.OK;
    }

    static long parseCount(String text) throws UsageException {
        long count;
        try {
            count = Long.parseLong(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_LEADS) {
            throw new UsageException("--leads needs a whole number from 1 to "
                    + String.format(Locale.ROOT, "%,d", MAX_LEADS) + ", not \"" + text + "\"");
        }
        return count;
    }

    private static long parseSeed(String text) throws UsageException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed needs a whole number, not \"" + text + "\"");
        }
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
