package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.funnel.BoardFilter;
import app.leadkeeper.funnel.BoardModel;
import app.leadkeeper.funnel.BoardService;
import app.leadkeeper.funnel.FunnelPeriod;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.LeadFilter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bench funnel}: fills the data folder with demo leads (which walk through the pipeline with a stage history) up
 * to N, reopens it, and times the funnel: the first report (which reads the snapshot), then the medians of several
 * reports for all leads and for the last year, and of reports right after a change (which read it again); and what
 * opening the board reads.
 */
final class FunnelBenchmark {
    static final double FUNNEL_TARGET_MS = 200;
    static final double BOARD_TARGET_MS = 300;
    private static final int RUNS = 9;

    private final CliContext context;

    FunnelBenchmark(CliContext context) {
        this.context = context;
    }

    Map<String, Object> run(long leads) {
        AppContext reopened = BenchFolder.filledTo(context, leads);
        long history = ((Number) reopened.database().dsl().fetchValue("SELECT COUNT(*) FROM stage_change")).longValue();
        LocalDate today = LocalDate.now(context.clock());
        FunnelPeriod lastYear = FunnelPeriod.days(
                today.minusYears(1), today, null, context.clock().getZone());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("leads", reopened.leads().count(LeadFilter.NONE));
        result.put("stageChanges", history);
        Runnable touch = () -> reopened.database()
                .dsl()
                .execute("UPDATE lead SET revision = revision WHERE id = (SELECT MIN(id) FROM lead)");
        long coldStarted = System.nanoTime();
        reopened.funnel().report(FunnelPeriod.ALL);
        result.put("funnelColdMs", (System.nanoTime() - coldStarted) / 1e6);
        result.put("funnelAllMs", medianMs(() -> {}, () -> reopened.funnel().report(FunnelPeriod.ALL)));
        result.put(
                "funnelLastYearMs", medianMs(() -> {}, () -> reopened.funnel().report(lastYear)));
        result.put(
                "funnelAfterChangeMs",
                medianMs(reopened.leads()::markChanged, () -> reopened.funnel().report(FunnelPeriod.ALL)));
        result.put("funnelTargetMs", FUNNEL_TARGET_MS);
        result.put("boardOpenMs", medianMs(touch, () -> openBoard(reopened.board())));
        result.put("boardOpenSqlMs", medianMs(reopened.leads()::markChanged, () -> openBoard(reopened.board())));
        result.put("boardTargetMs", BOARD_TARGET_MS);
        return result;
    }

    /** {@code before} runs ahead of each timed run (a write, so that nothing is served from a cache). */
    /** What opening the board reads: the pipeline, the first page of every open column, the column totals. */
    private static int openBoard(BoardService board) {
        int cards = 0;
        for (Stage stage : board.pipeline().stages()) {
            if (stage.isOpen()) {
                cards += board.page(stage.id(), BoardFilter.NONE, null, BoardModel.PAGE_SIZE + 1)
                        .size();
            }
        }
        board.totals(BoardFilter.NONE);
        return cards;
    }

    private static <T> double medianMs(Runnable before, Supplier<T> work) {
        return Timings.medianOf(RUNS, before, work);
    }

    static String table(Map<String, Object> result) {
        return String.format(
                Locale.ROOT,
                """
                Funnel benchmark: %,d leads, %,d stage changes
                  funnel, first (reads)     %.0f ms
                  funnel, all leads         %.0f ms  (target <= %.0f ms)
                  funnel, last year         %.0f ms
                  funnel, after a change    %.0f ms  (reads the leads again)
                  board opens (reads)       %.0f ms  (target <= %.0f ms; column heads from the snapshot)
                  board opens, after edit   %.0f ms  (column heads by SQL)
                """,
                result.get("leads"),
                result.get("stageChanges"),
                result.get("funnelColdMs"),
                result.get("funnelAllMs"),
                result.get("funnelTargetMs"),
                result.get("funnelLastYearMs"),
                result.get("funnelAfterChangeMs"),
                result.get("boardOpenMs"),
                result.get("boardTargetMs"),
                result.get("boardOpenSqlMs"));
    }
}
