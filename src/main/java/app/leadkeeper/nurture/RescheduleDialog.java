package app.leadkeeper.nurture;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a new due day and time for one or more tasks; starts from the first task's due time. */
final class RescheduleDialog {
    private final Dialog<ZonedDateTime> dialog = new Dialog<>();

    RescheduleDialog(List<NurtureTask> tasks, ZoneId zone, Window owner) {
        ZonedDateTime first = tasks.getFirst().dueAt().atZoneSameInstant(zone);
        DatePicker date = new DatePicker(first.toLocalDate());
        date.setId("reschedule-date");
        date.setPrefWidth(150);
        TextField time = new TextField(DateTimeFormatter.ofPattern("HH:mm").format(first));
        time.setId("reschedule-time");
        time.setPrefColumnCount(5);
        time.setPromptText("HH:mm");
        Label problem = new Label();
        problem.setId("reschedule-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> date.getValue() == null
                                ? "Choose a day."
                                : TaskFormModel.parseTime(time.getText()).isEmpty() ? "Enter a time like 09:30." : "",
                        date.valueProperty(),
                        time.textProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 20, 8, 20));
        grid.addRow(0, new Label("Day"), date);
        grid.addRow(1, new Label("Time"), time);
        grid.add(problem, 1, 2);

        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        ButtonType move = new ButtonType("Reschedule", ButtonBar.ButtonData.OK_DONE);
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText(
                tasks.size() == 1
                        ? "Reschedule “" + tasks.getFirst().title() + "”"
                        : "Reschedule " + tasks.size() + " tasks");
        dialog.getDialogPane().getButtonTypes().setAll(move, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMaxWidth(520);
        Node ok = dialog.getDialogPane().lookupButton(move);
        ok.setId("reschedule-confirm");
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(button -> {
            if (button != move) {
                return null;
            }
            LocalTime at = TaskFormModel.parseTime(time.getText()).orElseThrow();
            return ZonedDateTime.of(date.getValue(), at, zone);
        });
        Platform.runLater(time::requestFocus);
    }

    /** Shows the dialog without waiting; {@code onConfirm} gets the new due time if the user confirms. */
    void show(Consumer<ZonedDateTime> onConfirm) {
        dialog.setOnHidden(e -> {
            ZonedDateTime due = dialog.getResult();
            if (due != null) {
                onConfirm.accept(due);
            }
        });
        dialog.show();
    }
}
