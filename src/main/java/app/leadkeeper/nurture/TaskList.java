package app.leadkeeper.nurture;

/**
 * The four lists of the Nurture view. A task is overdue once its due time has passed; due today while it falls due
 * later today; upcoming after today; done once completed.
 */
public enum TaskList {
    TODAY("Today"),
    OVERDUE("Overdue"),
    UPCOMING("Upcoming"),
    DONE("Done");

    private final String label;

    TaskList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
