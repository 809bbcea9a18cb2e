package app.leadkeeper.nurture;

import java.util.List;

/**
 * A named template of follow-up steps. {@code triggerStageId}: the stage whose entry starts it by itself, or null
 * when it only starts by hand. {@code offer} fills the {@code {offer}} placeholder. An id of 0 means not saved yet.
 */
public record Cadence(long id, String name, String offer, Long triggerStageId, List<CadenceStep> steps) {
    public Cadence {
        name = name == null ? "" : name.strip();
        offer = offer == null || offer.isBlank() ? null : offer.strip();
        steps = List.copyOf(steps);
    }

    public Cadence withId(long newId) {
        return new Cadence(newId, name, offer, triggerStageId, steps);
    }

    @Override
    public String toString() {
        return name;
    }
}
