package app.leadkeeper.settings;

import app.leadkeeper.nurture.CadenceService;
import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.Placeholders;
import app.leadkeeper.nurture.Snooze;
import app.leadkeeper.nurture.TaskKind;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Adds or edits one step of a cadence: its day, kind, title and message. Placeholder chips insert {first_name} and
 * the others where the caret is, and a preview shows the texts as a sample lead would get them.
 */
final class CadenceStepDialog {
    private final CadencesModel model;
    private final Node owner;

    CadenceStepDialog(CadencesModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Asks for a step; {@code isNew} says whether it is added or changed. Empty when the user cancelled. */
    Optional<CadenceStep> edit(CadenceStep step, boolean isNew) {
        Dialog<CadenceStep> dialog = new Dialog<>();
        CadenceDialogs.prepare(dialog, owner, isNew ? "Add a step" : "Edit the step on day " + step.dayOffset());
        dialog.getDialogPane().getStyleClass().add("cadence-step-dialog");
        ButtonType save = new ButtonType(isNew ? "Add step" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);

        Spinner<Integer> day = new Spinner<>();
        day.setId("step-day");
        day.setValueFactory(
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, CadenceService.MAX_DAY_OFFSET, step.dayOffset()));
        day.setEditable(true);
        day.setPrefWidth(110);
        Label dayHint = CadenceDialogs.hint("");
        dayHint.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> dayText(day.getValue() == null ? 0 : day.getValue()), day.valueProperty()));
        HBox dayRow = new HBox(10, day, dayHint);
        dayRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ChoiceBox<TaskKind> kind = new ChoiceBox<>();
        kind.setId("step-kind");
        kind.getItems().setAll(TaskKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskKind value) {
                return value == null ? "" : value.label();
            }

            @Override
            public TaskKind fromString(String text) {
                return null;
            }
        });
        kind.setValue(step.kind());
        kind.setPrefWidth(160);

        TextField title = new TextField(step.title());
        title.setId("step-title");
        title.setPromptText("e.g. Call {first_name} at {company}");
        title.setPrefColumnCount(34);
        Label titleProblem = new Label();
        titleProblem.setId("step-title-problem");
        titleProblem.getStyleClass().add("field-error");
        titleProblem.setWrapText(true);

        TextArea message = new TextArea(step.message() == null ? "" : step.message());
        message.setId("step-message");
        message.setPromptText("The text to send or say. Optional.");
        message.setPrefRowCount(7);
        message.setWrapText(true);

        TextInputControl[] target = {message};
        title.focusedProperty().addListener((obs, was, now) -> target[0] = now ? title : target[0]);
        message.focusedProperty().addListener((obs, was, now) -> target[0] = now ? message : target[0]);
        FlowPane chips = new FlowPane(6, 6, CadenceDialogs.hint("Insert:"));
        chips.getStyleClass().add("placeholder-chips");
        chips.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chips.setRowValignment(javafx.geometry.VPos.CENTER);
        for (String placeholder : Placeholders.NAMES) {
            Button chip = new Button(placeholder);
            chip.setMnemonicParsing(false);
            chip.setId("placeholder-" + placeholder.substring(1, placeholder.length() - 1));
            chip.getStyleClass().addAll("placeholder-chip", "small");
            chip.setTooltip(new Tooltip("Insert " + placeholder + " where the caret is"));
            // Not focusable, so that the caret stays where it was in the title or message.
            chip.setFocusTraversable(false);
            chip.setOnAction(e -> {
                target[0].replaceSelection(placeholder);
                target[0].requestFocus();
            });
            chips.getChildren().add(chip);
        }

        Label unknown = new Label();
        unknown.setId("step-unknown-placeholders");
        unknown.getStyleClass().addAll("text-small", "placeholder-warning");
        unknown.setWrapText(true);
        unknown.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> unknownText(title.getText() + " " + message.getText()),
                        title.textProperty(),
                        message.textProperty()));
        unknown.managedProperty().bind(unknown.textProperty().isNotEmpty());
        unknown.visibleProperty().bind(unknown.managedProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("cadence-step-form");
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("Day"), dayRow);
        grid.addRow(row++, label("Kind"), kind);
        grid.addRow(row++, label("Title"), title);
        grid.add(titleProblem, 1, row++);
        Label messageLabel = label("Message");
        GridPane.setValignment(messageLabel, javafx.geometry.VPos.TOP);
        grid.addRow(row++, messageLabel, message);
        grid.add(chips, 1, row++);
        grid.add(unknown, 1, row++);
        grid.add(preview(title, message), 0, row, 2, 1);
        GridPane.setHgrow(title, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(620);

        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("step-save");
        Runnable check = () -> {
            Optional<String> why = model.titleProblem(title.getText());
            // An empty title needs no scolding, only a disabled button.
            titleProblem.setText(title.getText().isBlank() ? "" : why.orElse(""));
            titleProblem.setManaged(!titleProblem.getText().isEmpty());
            ok.setDisable(why.isPresent());
        };
        title.textProperty().addListener((obs, old, now) -> check.run());
        check.run();

        dialog.setResultConverter(button -> button == save
                ? new CadenceStep(committed(day), kind.getValue(), title.getText(), message.getText())
                : null);
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait();
    }

    /** The sample lead's version of the title and message, as they change. */
    private VBox preview(TextField title, TextArea message) {
        Label heading = new Label("Preview for " + CadenceTexts.SAMPLE_FIRST_NAME + " " + CadenceTexts.SAMPLE_LAST_NAME
                + ", " + CadenceTexts.SAMPLE_COMPANY);
        heading.getStyleClass().addAll("text-muted", "text-small");
        Label previewTitle = new Label();
        previewTitle.setId("step-preview-title");
        previewTitle.getStyleClass().add("preview-title");
        previewTitle.setWrapText(true);
        previewTitle.textProperty().bind(filled(title.textProperty()));
        Label previewMessage = new Label();
        previewMessage.setId("step-preview-message");
        previewMessage.getStyleClass().add("preview-message");
        previewMessage.setWrapText(true);
        previewMessage.textProperty().bind(filled(message.textProperty()));
        previewMessage.managedProperty().bind(message.textProperty().isNotEmpty());
        previewMessage.visibleProperty().bind(previewMessage.managedProperty());
        VBox box = new VBox(6, heading, previewTitle, previewMessage);
        box.setId("step-preview");
        box.getStyleClass().add("step-preview");
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setMargin(box, new javafx.geometry.Insets(8, 0, 0, 0));
        return box;
    }

    private StringBinding filled(javafx.beans.value.ObservableStringValue text) {
        return Bindings.createStringBinding(() -> model.preview(text.get()), text, model.offerProperty());
    }

    /** The spinner's value, with text typed into it but not yet committed (no Enter pressed) taken into account. */
    private static int committed(Spinner<Integer> day) {
        String typed = day.getEditor().getText().strip();
        try {
            int value = Integer.parseInt(typed);
            return Math.clamp(value, 0, CadenceService.MAX_DAY_OFFSET);
        } catch (NumberFormatException e) {
            return day.getValue() == null ? 0 : day.getValue();
        }
    }

    /** When the steps after day 0 fall due, in the user's way of writing times. */
    static String workdayStart() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).format(Snooze.WORKDAY_START);
    }

    static String dayText(int day) {
        String at = workdayStart();
        return switch (day) {
            case 0 -> "due at once, when the cadence starts";
            case 1 -> "the next day, at " + at;
            default -> String.format(Locale.getDefault(), "%d days after the start, at %s", day, at);
        };
    }

    private static String unknownText(String text) {
        List<String> unknown = CadenceTexts.unknownPlaceholders(text);
        if (unknown.isEmpty()) {
            return "";
        }
        return (unknown.size() == 1
                        ? unknown.getFirst() + " is no placeholder"
                        : String.join(", ", unknown) + " are no placeholders")
                + ": sent as written. Use " + String.join(", ", Placeholders.NAMES) + ".";
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
