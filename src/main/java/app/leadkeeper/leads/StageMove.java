package app.leadkeeper.leads;

/**
 * A stage move that happened, with what undoing it needs: the lead as it was, the furthest stage it had reached and
 * the history entry the move wrote (null if the lead was already in that stage).
 */
public record StageMove(Lead before, Long furthestBefore, Long changeId, long toStageId) {
    public long leadId() {
        return before.id();
    }

    public long fromStageId() {
        return before.data().stageId();
    }
}
