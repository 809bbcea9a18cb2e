package app.leadkeeper.nurture;

/** One step of a cadence: on which day after the start, what to do, and the text (with placeholders) to send. */
public record CadenceStep(int dayOffset, TaskKind kind, String title, String message) {
    public CadenceStep {
        kind = kind == null ? TaskKind.OTHER : kind;
        title = title == null ? "" : title.strip();
        message = message == null || message.isBlank() ? null : message;
    }
}
