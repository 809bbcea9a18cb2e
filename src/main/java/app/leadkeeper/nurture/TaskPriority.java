package app.leadkeeper.nurture;

/** How urgent a task is; lists put higher priority first among tasks due at the same time. */
public enum TaskPriority {
    LOW("Low"),
    NORMAL("Normal"),
    HIGH("High");

    private final String label;

    TaskPriority(String label) {
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
