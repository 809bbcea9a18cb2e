package app.leadkeeper.leads;

import java.util.Objects;

/** One BANT criterion: the answer and a note. */
public record BantItem(Answer answer, String note) {
    public static final BantItem UNKNOWN = new BantItem(Answer.UNKNOWN, null);

    public BantItem {
        Objects.requireNonNull(answer, "answer");
    }
}
