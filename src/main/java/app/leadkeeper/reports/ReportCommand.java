package app.leadkeeper.reports;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.ProgressPrinter;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import app.leadkeeper.core.Progress;
import app.leadkeeper.funnel.FunnelPeriod;
import app.leadkeeper.funnel.FunnelReport;
import app.leadkeeper.metrics.ChannelMetrics;
import app.leadkeeper.metrics.MetricsReport;
import app.leadkeeper.metrics.ReportPeriod;
import app.leadkeeper.nurture.TaskCounts;
import app.leadkeeper.nurture.TouchService;
import app.leadkeeper.scoring.RescoreCommand;
import app.leadkeeper.scoring.ScoreSummary;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report [--from DATE] [--to DATE] [--json]}: the figures of a period (leads created from..to, both days
 * inclusive, in this computer's time zone). With --json one object; otherwise a readable table.
 */
public final class ReportCommand implements Command {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String synopsis() {
        return "report [--from DATE] [--to DATE] [--json]";
    }

    @Override
    public int run(List<String> arguments, CliContext context) throws UsageException {
        Args args = new Args(arguments);
        LocalDate from = args.date("--from");
        LocalDate to = args.date("--to");
        boolean json = args.flag("--json");
        args.done();
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to (" + to + ") is before --from (" + from + ")");
        }
        ZoneId zone = context.clock().getZone();
        FunnelReport funnel = context.app().funnel().report(FunnelPeriod.days(from, to, null, zone));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("from", from == null ? null : from.toString());
        report.put("to", to == null ? null : to.toString());
        report.put("leads", funnel.leads());
        report.putAll(funnelJson(funnel));
        TaskCounts tasks = context.app().tasks().counts();
        TouchService.TouchMedians touches = context.app()
                .touches()
                .medians(
                        from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        report.put("tasks", tasksJson(tasks));
        report.put("touches", touchesJson(touches));
        // Scores depend on the date (decay, burst windows) and on rules saved since: bring them up to date first.
        Progress progress = new Progress();
        try (ProgressPrinter printer = new ProgressPrinter(progress, context.err())) {
            context.app().scoring().rescoreIfStale(progress);
        }
        ScoreSummary scores = context.app().scoring().summary();
        report.put("scores", RescoreCommand.scoresJson(scores));
        ChannelMetrics channels = context.app().metrics().metrics(ReportPeriod.between(from, to));
        report.put("currency", channels.currency());
        report.put("channels", MetricsReport.channelsJson(channels));
        report.put("totals", MetricsReport.totalsJson(channels));
        if (json) {
            context.out().println(Json.write(report));
        } else {
            printTable(context.out(), from, to, funnel);
            printNurture(context.out(), tasks, touches);
            RescoreCommand.printScores(context.out(), scores);
            MetricsReport.print(context.out(), channels);
        }
        return Cli.OK;
    }

    /** The funnel part of the report object: {@code funnel}, {@code won}, {@code lost}, the rates, lost reasons. */
    public static Map<String, Object> funnelJson(FunnelReport funnel) {
        List<Object> stages = new ArrayList<>();
        for (FunnelReport.StageFigures figures : funnel.stages()) {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("stage", figures.stage().name());
            stage.put("section", figures.stage().section().name());
            stage.put("kind", figures.stage().kind().name());
            stage.put("reached", figures.reached());
            stage.put("current", figures.current());
            stage.put("current_value", figures.currentValue().doubleValue());
            stage.put("conversion_to_next", figures.conversionToNext());
            stage.put("median_days_in_stage", figures.medianDaysInStage());
            stages.add(stage);
        }
        List<Object> reasons = new ArrayList<>();
        funnel.lostReasons().forEach((reason, count) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("reason", reason.isEmpty() ? null : reason);
            entry.put("count", count);
            reasons.add(entry);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("funnel", stages);
        out.put("won", funnel.won());
        out.put("lost", funnel.lost());
        out.put("lead_to_customer_rate", funnel.leadToCustomerRate());
        out.put("lost_reasons", reasons);
        return out;
    }

    /** {@code tasks}: open tasks due later today, overdue, due in the next seven days; done in the last seven. */
    public static Map<String, Object> tasksJson(TaskCounts tasks) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("due_today", tasks.dueToday());
        out.put("overdue", tasks.overdue());
        out.put("upcoming_7_days", tasks.upcoming7Days());
        out.put("done_7_days", tasks.done7Days());
        return out;
    }

    /** {@code touches}: median touches of the period's won leads and of its open leads (null when there are none). */
    public static Map<String, Object> touchesJson(TouchService.TouchMedians touches) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("median_per_customer", touches.perCustomer());
        out.put("median_per_open_lead", touches.perOpenLead());
        return out;
    }

    private static void printNurture(PrintStream out, TaskCounts tasks, TouchService.TouchMedians touches) {
        out.printf(
                "%nTasks: %,d due today · %,d overdue · %,d in the next 7 days · %,d done in the last 7 days%n",
                tasks.dueToday(), tasks.overdue(), tasks.upcoming7Days(), tasks.done7Days());
        out.printf(
                "Median touches: %s per customer · %s per open lead%n",
                touches.perCustomer() == null ? "—" : String.format(Locale.ROOT, "%.1f", touches.perCustomer()),
                touches.perOpenLead() == null ? "—" : String.format(Locale.ROOT, "%.1f", touches.perOpenLead()));
    }

    private static void printTable(PrintStream out, LocalDate from, LocalDate to, FunnelReport funnel) {
        out.printf(
                "Leads created %s to %s: %,d%n%n",
                from == null ? "from the start" : from, to == null ? "today" : to, funnel.leads());
        out.printf("%-24s %-5s %10s %10s %12s %14s%n", "Stage", "Part", "Reached", "Now", "To next", "Median days");
        for (FunnelReport.StageFigures f : funnel.stages()) {
            out.printf(
                    "%-24s %-5s %,10d %,10d %12s %14s%n",
                    shorten(f.stage().name()),
                    f.stage().section().name(),
                    f.reached(),
                    f.current(),
                    percent(f.conversionToNext()),
                    f.medianDaysInStage() == null ? "—" : String.format(Locale.ROOT, "%.1f", f.medianDaysInStage()));
        }
        out.printf(
                "%nWon %,d · lost %,d · lead to customer %s%n",
                funnel.won(), funnel.lost(), percent(funnel.leadToCustomerRate()));
        if (!funnel.lostReasons().isEmpty()) {
            out.println("Lost reasons:");
            funnel.lostReasons()
                    .forEach((reason, count) ->
                            out.printf("  %-30s %,d%n", reason.isEmpty() ? "(none given)" : reason, count));
        }
    }

    private static String shorten(String name) {
        return name.length() <= 24 ? name : name.substring(0, 23) + "…";
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }
}
