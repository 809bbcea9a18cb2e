package app.leadkeeper.funnel;

import app.leadkeeper.leads.StageOutcome;
import java.util.List;
import java.util.Optional;

/** Asks the user what a move to a won or lost stage records; empty when they cancel (then nothing moves). */
public interface OutcomeAsker {
    /** When the lead was won and for how much (the deal value is the suggestion). */
    Optional<StageOutcome> askWon(BoardCard card, Stage stage);

    /** Why the lead was lost, picked from {@code reasons} or typed. */
    Optional<StageOutcome> askLost(BoardCard card, Stage stage, List<String> reasons);
}
