package app.leadkeeper.nurture;

import atlantafx.base.controls.CustomTextField;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The dialog that adds or edits a task: lays out a {@link TaskFormModel} and binds to it. OK stays disabled while the
 * form is not valid; what is wrong shows beside the field. Not blocking: the draft goes to {@code onSave} when the user
 * confirms.
 */
public final class TaskDialog {
    private final TaskFormModel form;
    private final Dialog<TaskDraft> dialog = new Dialog<>();
    private CustomTextField leadSearch;

    public TaskDialog(TaskFormModel form, Window owner) {
        this.form = form;
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        boolean isNew = form.editing() == null;
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText(
                !isNew
                        ? "Edit task"
                        : form.isLeadFixed()
                                ? "New task for " + form.leadProperty().get().label()
                                : "New task");
        ButtonType save = new ButtonType(isNew ? "Add task" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getStyleClass().add("task-dialog");
        dialog.getDialogPane().setPrefWidth(560);
        Node ok = dialog.getDialogPane().lookupButton(save);
        ok.setId("task-save");
        ok.disableProperty().bind(form.validProperty().not());
        dialog.setResultConverter(button -> button == save ? form.draft() : null);
        dialog.setResizable(true);
    }

    /** Shows the dialog without waiting; {@code onSave} gets the draft if the user confirms. */
    public void show(Consumer<TaskDraft> onSave) {
        dialog.setOnHidden(e -> {
            TaskDraft draft = dialog.getResult();
            if (draft != null) {
                onSave.accept(draft);
            }
        });
        dialog.show();
        form.start();
    }

    private Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(12, 20, 8, 20));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(70);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;

        Label leadLabel = fieldLabel("Lead");
        grid.add(leadLabel, 0, row);
        grid.add(leadField(), 1, row++);
        if (!form.isLeadFixed()) {
            // Beside the search field, not halfway down the list of results.
            GridPane.setValignment(leadLabel, javafx.geometry.VPos.TOP);
            leadLabel.setPadding(new Insets(6, 0, 0, 0));
        }

        TextField title = new TextField();
        title.setId("task-title");
        title.setPromptText("What to do, e.g. “Call about the offer”");
        title.textProperty().bindBidirectional(form.titleProperty());
        grid.add(fieldLabel("Task"), 0, row);
        grid.add(title, 1, row++);
        grid.add(problem("task-title-problem", form.titleProblemProperty()), 1, row++);

        ChoiceBox<TaskKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(TaskKind.values()));
        kind.setId("task-kind");
        kind.valueProperty().bindBidirectional(form.kindProperty());
        ChoiceBox<TaskPriority> priority = new ChoiceBox<>(FXCollections.observableArrayList(TaskPriority.values()));
        priority.setId("task-priority");
        priority.valueProperty().bindBidirectional(form.priorityProperty());
        HBox kindRow = new HBox(12, kind, fieldLabel("Priority"), priority);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(fieldLabel("Kind"), 0, row);
        grid.add(kindRow, 1, row++);

        DatePicker date = new DatePicker();
        date.setId("task-date");
        date.valueProperty().bindBidirectional(form.dateProperty());
        date.setPrefWidth(150);
        TextField time = new TextField();
        time.setId("task-time");
        time.setPromptText("HH:mm");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(form.timeProperty());
        HBox dueRow = new HBox(8, date, time);
        dueRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(fieldLabel("Due"), 0, row);
        grid.add(dueRow, 1, row++);
        Label whenProblem = problem("task-when-problem", form.whenProblemProperty());
        Label whenHint = hint("task-when-hint", form.whenHintProperty());
        grid.add(new VBox(whenProblem, whenHint), 1, row++);

        TextArea message = new TextArea();
        message.setId("task-message");
        message.setPromptText("Optional. For an email: the text your mail program starts with (Compose).");
        message.setPrefRowCount(4);
        message.setWrapText(true);
        message.textProperty().bindBidirectional(form.messageProperty());
        Label messageLabel = fieldLabel("Message");
        messageLabel.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(messageLabel, javafx.geometry.VPos.TOP);
        grid.add(messageLabel, 0, row);
        grid.add(message, 1, row++);

        Label missing = hint("task-missing", form.missingProperty());
        grid.add(missing, 1, row);
        Platform.runLater(() -> (form.isLeadFixed() ? title : leadSearch).requestFocus());
        return grid;
    }

    private Node leadField() {
        if (form.isLeadFixed()) {
            Label fixed = new Label(form.leadProperty().get().label());
            fixed.setId("task-lead-fixed");
            fixed.getStyleClass().add("task-lead-fixed");
            fixed.setGraphic(new FontIcon(Material2OutlinedMZ.PERSON_OUTLINE));
            fixed.setWrapText(true);
            return fixed;
        }
        leadSearch = new CustomTextField();
        leadSearch.setId("task-lead-search");
        leadSearch.setPromptText("Search by name, email, company");
        leadSearch.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        leadSearch.textProperty().bindBidirectional(form.leadSearchProperty());

        ListView<LeadChoice> results = new ListView<>(form.leadResults());
        results.setId("task-lead-results");
        results.getStyleClass().add("task-lead-results");
        results.setPrefHeight(5 * 30 + 4);
        results.setFixedCellSize(30);
        Label none = new Label("No lead matches. Search by name, email, company or phone.");
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        results.setPlaceholder(none);
        results.setCellFactory(list -> new ListCell<>() {
            {
                // Long names end in an ellipsis instead of widening the list into a sideways scroll.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(LeadChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        // The list's selection is the chosen lead, both ways.
        boolean[] syncing = {false};
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                form.leadProperty().set(now);
                syncing[0] = false;
            }
        });
        form.leadProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                if (now == null) {
                    results.getSelectionModel().clearSelection();
                } else {
                    results.getSelectionModel().select(now);
                }
                syncing[0] = false;
            }
        });
        leadSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        return new VBox(6, leadSearch, results);
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label problem(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        label.setWrapText(true);
        return label;
    }

    private static Label hint(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = problem(id, text);
        label.getStyleClass().setAll("label", "text-muted", "field-hint");
        return label;
    }
}
