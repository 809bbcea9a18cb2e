package app.leadkeeper.ui;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** All dialogs go through here, so they look and behave alike and tests can replace them. */
public class DialogService {
    private final Window owner;
    private final Path logFile;

    public DialogService(Window owner, Path logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    /** A failure: a user-facing one shows its message; anything else is logged and shown with its details. */
    public void showError(String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Leadkeeper");
        alert.setHeaderText(title);
        if (error instanceof UserException) {
            alert.setContentText(error.getMessage());
        } else {
            Log.error(title, error);
            alert.setContentText("Something unexpected went wrong: " + error.getMessage()
                    + "\n\nThe details are in the log: " + logFile);
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Leadkeeper");
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /**
     * Asks before something is removed or cannot be taken back; true when the user chose {@code action}.
     *
     * @param actionId the node id of the action's button, for keyboard-free tests
     */
    public boolean confirm(String header, String content, String action, String actionId) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Leadkeeper");
        alert.setHeaderText(header);
        alert.getDialogPane().lookupButton(yes).setId(actionId);
        return alert.showAndWait().filter(answer -> answer == yes).isPresent();
    }

    /**
     * As {@link #confirm}, for what cannot be taken back: the action is marked dangerous and Enter means Cancel, so
     * that only a deliberate click does it.
     */
    public boolean confirmIrreversible(String header, String content, String action, String actionId) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, content, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Leadkeeper");
        alert.setHeaderText(header);
        alert.getDialogPane().setPrefWidth(520);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Button act =
                (javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes);
        act.setId(actionId);
        act.setDefaultButton(false);
        act.getStyleClass().add("danger");
        javafx.scene.control.Button cancel =
                (javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        return alert.showAndWait().filter(answer -> answer == yes).isPresent();
    }

    /**
     * What was done, when it takes a few lines to say (which files to look at, what comes next).
     *
     * @param id the node id of the dialog's content, for tests; its OK button gets {@code id + "-ok"}
     */
    public void showReport(String title, String message, String id) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Leadkeeper");
        alert.setHeaderText(title);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().lookupButton(ButtonType.OK).setId(id + "-ok");
        // Room for every line: by default the text is cut off after a few.
        alert.getDialogPane().setPrefWidth(600);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.showAndWait();
    }
}
