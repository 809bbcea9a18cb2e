package app.leadkeeper.nurture;

import app.leadkeeper.leads.LeadRef;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which cadence to start on the chosen leads: each with its number of steps and its first steps. */
final class CadencePicker {
    private static final int STEPS_SHOWN = 3;

    private CadencePicker() {}

    static Optional<Cadence> ask(Window owner, List<Cadence> cadences, List<LeadRef> leads) {
        ListView<Cadence> list = new ListView<>(FXCollections.observableArrayList(cadences));
        list.setId("cadence-list");
        list.getStyleClass().add("cadence-list");
        list.setCellFactory(view -> new CadenceCell(view));
        list.setPrefSize(480, 300);
        list.getSelectionModel().selectFirst();
        Label hint = new Label("Each step becomes a task on each lead, due on its day counted from now. "
                + "A lead already running the cadence is left as it is.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(480);

        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        Dialog<Cadence> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.getDialogPane()
                .getStylesheets()
                .add(CadencePicker.class
                        .getResource(LeadTimelineView.STYLESHEET)
                        .toExternalForm());
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText("Start a cadence on " + TouchPhrases.who(leads));
        dialog.getDialogPane().getButtonTypes().setAll(start, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, list, hint));
        dialog.getDialogPane().getStyleClass().add("cadence-picker");
        Node ok = dialog.getDialogPane().lookupButton(start);
        ok.setId("confirm-cadence");
        ok.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) ok).fire();
            }
        });
        dialog.setResultConverter(
                button -> button == start ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(list::requestFocus);
        return dialog.showAndWait();
    }

    /** "5 steps over 14 days", "1 step", "3 steps, all on the first day". */
    static String summary(Cadence cadence) {
        List<CadenceStep> steps = cadence.steps();
        String count = TouchPhrases.count(steps.size(), "step");
        int last = steps.stream().mapToInt(CadenceStep::dayOffset).max().orElse(0);
        String span = steps.size() <= 1
                ? ""
                : last == 0 ? ", all on the first day" : " over " + TouchPhrases.count(last, "day");
        return count + span + (cadence.triggerStageId() == null ? "" : " · also starts by itself in its stage");
    }

    /** "Day 0 · Email · Thanks for getting in touch, {first_name}" for the first steps, then "+ 2 more". */
    static String firstSteps(Cadence cadence) {
        StringBuilder text = new StringBuilder();
        List<CadenceStep> steps = cadence.steps();
        for (int i = 0; i < Math.min(STEPS_SHOWN, steps.size()); i++) {
            CadenceStep step = steps.get(i);
            if (i > 0) {
                text.append('\n');
            }
            text.append("Day ")
                    .append(step.dayOffset())
                    .append(" · ")
                    .append(step.kind().label())
                    .append(" · ")
                    .append(step.title());
        }
        if (steps.size() > STEPS_SHOWN) {
            text.append("\n+ ").append(steps.size() - STEPS_SHOWN).append(" more");
        }
        return text.toString();
    }

    private static final class CadenceCell extends ListCell<Cadence> {
        private final Label name = new Label();
        private final Label summary = new Label();
        private final Label steps = new Label();
        private final VBox box = new VBox(2, name, summary, steps);

        CadenceCell(ListView<Cadence> list) {
            name.getStyleClass().add("cadence-name");
            summary.getStyleClass().addAll("text-muted", "text-small");
            steps.getStyleClass().add("cadence-steps");
            steps.setWrapText(true);
            for (Label label : List.of(name, summary, steps)) {
                label.setMinWidth(0);
            }
            box.setMinWidth(0);
            // Wrapped lines need a width to wrap at, and their full height: the list's width less the cell's padding.
            steps.prefWidthProperty().bind(list.widthProperty().subtract(40));
            steps.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // The cell takes the list's width: long step titles wrap instead of widening the list.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Cadence cadence, boolean empty) {
            super.updateItem(cadence, empty);
            if (empty || cadence == null) {
                setGraphic(null);
                return;
            }
            name.setText(cadence.name());
            summary.setText(summary(cadence));
            steps.setText(firstSteps(cadence));
            setGraphic(box);
        }
    }
}
