package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Export this person's data…" and "Erase this person…" as a user drives them: from the table's menu, the JSON file
 * and its message; the erase question that names the person, the report of what was done, the person gone from the
 * table; from the detail pane, Cancel keeps the person and Erase closes the pane.
 */
@ExtendWith(ApplicationExtension.class)
class PersonPrivacyTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    Lead ada;
    Lead alan;
    final List<String> opened = new ArrayList<>();

    @Start
    void start(javafx.stage.Stage stage) {
        app = TestWindows.freshApp(dir);
        ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com")
                        .company("Analytical Engines")
                        .tags(List.of("vip"))
                        .customFields(Map.of("favourite colour", "octarine"))
                        .build());
        app.touches().log(ada.id(), TouchKind.CALL, null, "Called Ada about the loom");
        alan = app.leads()
                .create(TempApp.lead("Alan", "Turing", "alan@example.com").build());
        window = new MainWindow(app, stage, Theme.SYSTEM, opened::add);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void exportThenEraseAPersonFromTheTable(FxRobot robot) throws Exception {
        waitUntil("both leads show", () -> names().size() == 2);

        // Export: the save dialog suggests a name; the file holds everything; the message offers to open it.
        Path file = dir.resolve("ada-" + System.nanoTime() + ".json");
        List<String> suggested = new ArrayList<>();
        window.privacy().setSaveAs(name -> {
            suggested.add(name);
            return Optional.of(file);
        });
        select("Ada Lovelace");
        robot.rightClickOn(rowNode("Ada Lovelace"));
        clickShown(robot, "#context-export-person");
        waitUntil("the file is written", () -> Files.exists(file));
        assertThat(suggested).containsExactly("ada-lovelace-data.json");
        assertThat(Files.readString(file))
                .contains("\"email\": \"ada@example.com\"", "octarine", "Called Ada about the loom", "\"vip\"");
        waitUntil(
                "the message says where",
                () -> text(robot, "#toast-text").equals("Saved the data of Ada Lovelace to " + file.getFileName()));
        robot.clickOn("#toast-action");
        assertThat(opened).containsExactly(file.toUri().toString());

        // Erase: asked first, naming Ada and saying what happens; then told what was done.
        select("Ada Lovelace");
        robot.rightClickOn(rowNode("Ada Lovelace"));
        clickShown(robot, "#context-erase-person");
        waitUntil(
                "the question shows",
                () -> robot.lookup("#confirm-erase").tryQuery().isPresent());
        DialogPane question = dialogOf(robot, "#confirm-erase");
        assertThat(onFx(question::getHeaderText)).isEqualTo("Erase Ada Lovelace?");
        assertThat(onFx(question::getContentText))
                .contains("Ada Lovelace is removed from Leadkeeper")
                .contains("keep counting an anonymous lead")
                .contains("compacted when you quit Leadkeeper")
                .contains("This cannot be undone.");
        Snapshots.save(question.getScene(), "erase-question");
        robot.clickOn("#confirm-erase");
        waitUntil(
                "the report shows",
                () -> robot.lookup("#erase-report").tryQuery().isPresent());
        DialogPane report = robot.lookup("#erase-report").queryAs(DialogPane.class);
        assertThat(onFx(report::getHeaderText)).isEqualTo("Ada Lovelace was erased");
        assertThat(onFx(report::getContentText))
                .contains("Erased Ada Lovelace (lead " + ada.id() + ")")
                .contains(", with 1 touch, 1 custom field and 1 tag, are gone.")
                .contains("The email address is on the suppression list")
                .contains("compacted when you quit Leadkeeper")
                // The window's daily backup, taken at its start, holds Ada.
                .contains("may still hold this person:", "backup-");
        Snapshots.save(report.getScene(), "erase-report");
        robot.clickOn("#erase-report-ok");
        waitUntil("Ada is gone from the table", () -> names().equals(List.of("Alan Turing")));
        assertThat(app.leads().find(ada.id())).isEmpty();
        assertThat(app.privacy().isSuppressed("ada@example.com")).isTrue();
        assertThat(app.database().compactsOnClose()).isTrue();
        assertThat(app.leads().allTags()).doesNotContain("vip");
    }

    @Test
    void theDetailPaneErasesTheLeadItShowsAndCancelKeepsIt(FxRobot robot) {
        waitUntil("both leads show", () -> names().size() == 2);
        select("Alan Turing");
        robot.type(KeyCode.ENTER);
        waitUntil("Alan is in the editor", () -> text(robot, "#editor-title").equals("Alan Turing"));

        clickShown(robot, "#lead-more");
        clickShown(robot, "#editor-erase-person");
        waitUntil(
                "the question shows",
                () -> robot.lookup("#confirm-erase").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(
                "the question is gone",
                () -> robot.lookup("#confirm-erase").tryQuery().isEmpty());
        assertThat(app.leads().find(alan.id())).isPresent();
        assertThat(text(robot, "#editor-title")).isEqualTo("Alan Turing");

        clickShown(robot, "#lead-more");
        clickShown(robot, "#editor-erase-person");
        waitUntil(
                "the question shows again",
                () -> robot.lookup("#confirm-erase").tryQuery().isPresent());
        robot.clickOn("#confirm-erase");
        waitUntil(
                "the report shows",
                () -> robot.lookup("#erase-report-ok").tryQuery().isPresent());
        robot.clickOn("#erase-report-ok");
        waitUntil("Alan is gone from the table", () -> names().equals(List.of("Ada Lovelace")));
        waitUntil(
                "the detail pane is closed",
                () -> robot.lookup("#lead-editor").tryQuery().isEmpty());
        assertThat(app.leads().find(alan.id())).isEmpty();
    }

    private static DialogPane dialogOf(FxRobot robot, String buttonQuery) {
        Node button = robot.lookup(buttonQuery).query();
        return onFx(() -> {
            Node node = button;
            while (!(node instanceof DialogPane)) {
                node = node.getParent();
            }
            return (DialogPane) node;
        });
    }

    private static void clickShown(FxRobot robot, String query) {
        waitUntil(
                query + " is shown",
                () -> robot.lookup(query).queryAll().stream().anyMatch(PersonPrivacyTest::shown));
        Node node = onFx(() -> robot.lookup(query).queryAll().stream()
                .filter(PersonPrivacyTest::shown)
                .findFirst()
                .orElseThrow());
        robot.clickOn(node);
    }

    private static boolean shown(Node node) {
        return node.getScene() != null
                && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing()
                && node.isVisible()
                && node.getLayoutBounds().getWidth() > 0;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query)
                .tryQuery()
                .map(node -> onFx(() -> ((Label) node).getText()))
                .orElse("");
    }

    private void select(String name) {
        onFx(() -> {
            TableView<LeadRow> table = table();
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getItems().stream()
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
            return null;
        });
    }

    private Node rowNode(String name) {
        return LeadRows.rowNode(table(), name);
    }

    private List<String> names() {
        return onFx(() -> table().getItems().stream().map(LeadRow::name).toList());
    }

    @SuppressWarnings("unchecked")
    private TableView<LeadRow> table() {
        return (TableView<LeadRow>) window.stage().getScene().lookup("#leads-table");
    }
}
