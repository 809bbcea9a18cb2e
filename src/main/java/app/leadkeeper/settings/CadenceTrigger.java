package app.leadkeeper.settings;

/** One choice of "start automatically when a lead enters": a stage, or none ({@code stageId} null, by hand only). */
public record CadenceTrigger(Long stageId, String label) {
    public static final CadenceTrigger BY_HAND = new CadenceTrigger(null, "Never (start by hand)");

    public boolean byHand() {
        return stageId == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
