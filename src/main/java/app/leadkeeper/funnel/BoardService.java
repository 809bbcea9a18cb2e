package app.leadkeeper.funnel;

import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.SearchQuery;
import app.leadkeeper.leads.StageMove;
import app.leadkeeper.leads.StageOutcome;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** What the board reads (pages of a column, column totals) and does (move a lead, undo the move). */
public final class BoardService {
    private final DSLContext dsl;
    private final BoardQuery query;
    private final LeadService leads;
    private final StageService stages;
    private final FunnelService funnel;

    /** {@code funnel} lends its snapshot for the column heads where the filter allows. */
    public BoardService(
            DSLContext dsl, BoardQuery query, LeadService leads, StageService stages, FunnelService funnel) {
        this.funnel = funnel;
        this.dsl = dsl;
        this.query = query;
        this.leads = leads;
        this.stages = stages;
    }

    /** The pipeline and the lost reasons, read together. */
    public Pipeline pipeline() {
        return new Pipeline(stages.stages(), stages.lostReasons());
    }

    /** The stages in board order and the reasons offered when a lead is lost. */
    public record Pipeline(List<Stage> stages, List<String> lostReasons) {
        public Pipeline {
            stages = List.copyOf(stages);
            lostReasons = List.copyOf(lostReasons);
        }
    }

    public List<BoardCard> page(long stageId, BoardFilter filter, BoardCard after, int limit) {
        return query.page(dsl, stageId, filter, after, limit);
    }

    /** Column totals of the filtered leads, and how many leads there are at all. */
    public Totals totals(BoardFilter filter) {
        if (filter.qualification() == null && SearchQuery.words(filter.search()).isEmpty()) {
            // Channel and dates only: an up-to-date funnel snapshot counts a million leads in milliseconds.
            var fresh = funnel.freshColumnTotals(
                    FunnelPeriod.days(filter.createdFrom(), filter.createdTo(), filter.channelId(), query.zone()));
            if (fresh.isPresent()) {
                return fresh.get();
            }
        }
        return dsl.transactionResult(cfg -> new Totals(query.totals(cfg.dsl(), filter), query.countAll(cfg.dsl())));
    }

    public record Totals(Map<Long, ColumnTotals> columns, long allLeads) {
        public Totals {
            columns = Map.copyOf(columns);
        }

        public ColumnTotals of(long stageId) {
            return columns.getOrDefault(stageId, ColumnTotals.NONE);
        }
    }

    public StageMove move(long leadId, long stageId, StageOutcome outcome) {
        return leads.moveToStage(leadId, stageId, outcome);
    }

    public void undo(StageMove move) {
        leads.undoMove(move);
    }

    /** Hooks the board to changes of the pipeline (called on the thread that changed it). */
    public void onPipelineChange(Runnable listener) {
        stages.addListener(listener);
    }
}
