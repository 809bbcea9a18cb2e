package app.leadkeeper.nurture;

/** What a follow-up task asks the owner to do; completing it logs the matching touch. */
public enum TaskKind {
    CALL("Call", TouchKind.CALL),
    EMAIL("Email", TouchKind.EMAIL_SENT),
    MEETING("Meeting", TouchKind.MEETING),
    SEND_CONTENT("Send content", TouchKind.EMAIL_SENT),
    OTHER("Other", TouchKind.NOTE);

    private final String label;
    private final TouchKind touch;

    TaskKind(String label, TouchKind touch) {
        this.label = label;
        this.touch = touch;
    }

    public String label() {
        return label;
    }

    /** The touch that completing such a task logs. */
    public TouchKind touch() {
        return touch;
    }

    /** Whether the task is written to the lead: such a task offers "Compose" in the user's mail program. */
    public boolean isWritten() {
        return this == EMAIL || this == SEND_CONTENT;
    }

    @Override
    public String toString() {
        return label;
    }
}
