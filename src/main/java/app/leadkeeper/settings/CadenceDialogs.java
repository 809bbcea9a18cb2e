package app.leadkeeper.settings;

import app.leadkeeper.nurture.Cadence;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;

/** The questions of the cadence editor: delete a cadence, and what to do with unsaved changes. */
final class CadenceDialogs {
    /** The answer to "save the changes?" before leaving a changed cadence. */
    enum Leave {
        SAVE,
        DISCARD,
        CANCEL
    }

    private final Node owner;

    CadenceDialogs(Node owner) {
        this.owner = owner;
    }

    boolean confirmDelete(Cadence cadence) {
        ButtonType delete = new ButtonType("Delete cadence", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                "The tasks it already created stay on their leads, and it no longer starts on anyone.",
                delete,
                ButtonType.CANCEL);
        prepare(alert, owner, "Delete the cadence “" + cadence.name() + "”?");
        alert.getDialogPane().lookupButton(delete).setId("confirm-delete-cadence");
        return alert.showAndWait().filter(b -> b == delete).isPresent();
    }

    Leave askToSave(Cadence draft) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                draft.id() == 0 ? "It is not saved yet." : "Its changes are not saved yet.",
                save,
                discard,
                ButtonType.CANCEL);
        String name = draft.name().isEmpty() ? "this cadence" : "“" + draft.name() + "”";
        prepare(alert, owner, "Save " + name + " first?");
        alert.getDialogPane().lookupButton(save).setId("leave-save");
        alert.getDialogPane().lookupButton(discard).setId("leave-discard");
        return alert.showAndWait()
                .map(b -> b == save ? Leave.SAVE : b == discard ? Leave.DISCARD : Leave.CANCEL)
                .orElse(Leave.CANCEL);
    }

    static void prepare(Dialog<?> dialog, Node owner, String header) {
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStyleClass().add("cadence-dialog");
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "text-small");
        label.setWrapText(true);
        return label;
    }
}
