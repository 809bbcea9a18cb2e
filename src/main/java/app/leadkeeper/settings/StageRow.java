package app.leadkeeper.settings;

import app.leadkeeper.funnel.Stage;

/** One line of the stage editor: the stage and how many leads stand in it now. */
public record StageRow(Stage stage, long leads) {
    public long id() {
        return stage.id();
    }
}
