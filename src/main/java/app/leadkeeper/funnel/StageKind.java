package app.leadkeeper.funnel;

/** Open stages are the working columns of the board; a won or lost stage ends the lead's way through the funnel. */
public enum StageKind {
    OPEN("Open"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    StageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
