package app.leadkeeper.settings;

import app.leadkeeper.funnel.FunnelSection;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageDraft;
import app.leadkeeper.funnel.StageKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/** The small dialogs of the stage editor: add or edit a stage, and confirm a deletion (with where the leads go). */
final class StageDialogs {
    private final StagesModel model;
    private final Node owner;

    StageDialogs(StagesModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Asks for a stage's name, colour, section and kind; {@code stage} is null for a new one. */
    Optional<StageDraft> edit(Stage stage) {
        Dialog<StageDraft> dialog = new Dialog<>();
        prepare(dialog, stage == null ? "Add a stage" : "Edit the stage “" + stage.name() + "”");
        ButtonType save = new ButtonType(stage == null ? "Add stage" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);

        TextField name = new TextField(stage == null ? "" : stage.name());
        name.setId("stage-name");
        name.setPromptText("e.g. Demo booked");
        name.setPrefColumnCount(24);
        ColorPicker color = new ColorPicker(Color.web(stage == null ? model.suggestedColor() : stage.color()));
        color.setId("stage-color");
        color.getStyleClass().add("button");
        ChoiceBox<FunnelSection> section = choice(FunnelSection.values(), FunnelSection::label);
        section.setId("stage-section");
        section.setValue(stage == null ? FunnelSection.MOFU : stage.section());
        ChoiceBox<StageKind> kind = choice(StageKind.values(), StageKind::label);
        kind.setId("stage-kind");
        kind.setValue(stage == null ? StageKind.OPEN : stage.kind());
        for (javafx.scene.control.Control field : List.of(color, section, kind)) {
            field.setMaxWidth(Double.MAX_VALUE);
        }
        Label problem = new Label();
        problem.setId("stage-name-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(320);
        Label kindHint = hint("Open stages are the working columns; a won or lost stage ends a lead's way.");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("stage-dialog-form");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.add(problem, 1, 1);
        grid.addRow(2, new Label("Colour"), color);
        grid.addRow(3, new Label("Funnel section"), section);
        grid.addRow(4, new Label("Kind"), kind);
        grid.add(kindHint, 1, 5);
        dialog.getDialogPane().setContent(grid);

        long id = stage == null ? 0 : stage.id();
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("stage-save");
        Runnable check = () -> {
            Optional<String> why = model.nameProblem(name.getText(), id);
            // An empty field needs no scolding, only a disabled button.
            problem.setText(name.getText().isBlank() ? "" : why.orElse(""));
            problem.setManaged(!problem.getText().isEmpty());
            ok.setDisable(why.isPresent());
        };
        name.textProperty().addListener((obs, old, now) -> check.run());
        check.run();

        dialog.setResultConverter(button -> button == save
                ? new StageDraft(name.getText(), hex(color.getValue()), section.getValue(), kind.getValue())
                : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    /** The user's yes to a deletion: where the stage's leads go (null when it holds none). */
    record Deletion(Long moveTo) {}

    /** Confirms deleting a stage, asking where its leads go when it holds any; empty when the user cancelled. */
    Optional<Deletion> confirmDelete(StageRow row) {
        Stage stage = row.stage();
        ButtonType delete = new ButtonType(
                row.leads() == 0 ? "Delete stage" : "Move leads and delete", ButtonBar.ButtonData.OK_DONE);
        if (row.leads() == 0) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "It holds no leads.", delete, ButtonType.CANCEL);
            prepare(alert, "Delete the stage “" + stage.name() + "”?");
            alert.getDialogPane().lookupButton(delete).setId("confirm-delete-stage");
            return alert.showAndWait().filter(b -> b == delete).map(b -> new Deletion(null));
        }

        Dialog<Long> dialog = new Dialog<>();
        String leads = row.leads() == 1 ? "1 lead" : String.format(Locale.getDefault(), "%,d leads", row.leads());
        prepare(dialog, "Delete the stage “" + stage.name() + "”?");
        dialog.getDialogPane().getButtonTypes().setAll(delete, ButtonType.CANCEL);
        List<Stage> targets = model.moveTargets(stage.id());
        ChoiceBox<Stage> target = choice(targets.toArray(Stage[]::new), Stage::name);
        target.setId("delete-move-to");
        target.setValue(model.suggestedTarget(stage.id()).orElse(targets.getFirst()));
        target.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(
                8,
                new Label("“" + stage.name() + "” holds " + leads + ". Move them to:"),
                target,
                hint("Each lead's move is kept in its stage history."));
        content.getStyleClass().add("stage-dialog-form");
        dialog.getDialogPane().setContent(content);
        Button ok = (Button) dialog.getDialogPane().lookupButton(delete);
        ok.setId("confirm-delete-stage");
        ok.disableProperty().bind(target.valueProperty().isNull());
        dialog.setResultConverter(button -> button == delete && target.getValue() != null
                ? target.getValue().id()
                : null);
        return dialog.showAndWait().map(Deletion::new);
    }

    private void prepare(Dialog<?> dialog, String header) {
        prepare(dialog, owner, header);
    }

    /** Owner, theme, title and header of a settings dialog. */
    static void prepare(Dialog<?> dialog, Node owner, String header) {
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStyleClass().add("stage-dialog");
    }

    static <T> ChoiceBox<T> choice(T[] values, java.util.function.Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "text-small");
        label.setWrapText(true);
        label.setMaxWidth(320);
        return label;
    }

    static String hex(Color color) {
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
