package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Leads view as a user drives it: add, search, edit, delete, undo. Real window, real database. */
@ExtendWith(ApplicationExtension.class)
class LeadsWindowTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;

    @Start
    void start(Stage stage) {
        app = TempApp.open(dir.resolve("data-" + System.nanoTime()));
        app.leads().setPhoneRegion("GB");
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        onFx(() -> {
            window.dispose();
            return null;
        });
        app.close();
    }

    @Test
    void addSearchEditDeleteAndUndo(FxRobot robot) {
        waitUntil(
                "the empty state shows",
                () -> robot.lookup("#empty-add-lead").tryQuery().isPresent());

        // Add: Ctrl+N opens the editor; an invalid phone blocks saving with a message.
        robot.clickOn("#leads-table").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(
                "the editor is open",
                () -> robot.lookup("#lead-editor").tryQuery().isPresent());
        robot.clickOn("#field-first-name").write("Ada");
        robot.clickOn("#field-last-name").write("Lovelace");
        robot.clickOn("#field-email").write("ada@example.com");
        robot.clickOn("#field-phone").write("12");
        waitUntil(
                "the phone error shows",
                () -> robot.lookup("#error-phone").queryAs(Label.class).isVisible());
        assertThat(saveButton(robot).isDisabled()).isTrue();
        robot.doubleClickOn("#field-phone").eraseText(2).write("020 7946 0958");
        waitUntil(
                "the phone error is gone",
                () -> !robot.lookup("#error-phone").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#phone-preview").queryAs(Label.class).getText())
                .isEqualTo("→ +44 20 7946 0958");
        robot.clickOn("#save-lead");
        waitUntil("Ada is in the table", () -> names().equals(List.of("Ada Lovelace")));
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(1);

        // Search as you type.
        onFx(() -> app.leads()
                .create(LeadData.builder()
                        .firstName("Alan")
                        .lastName("Turing")
                        .email("alan@example.com")
                        .build()));
        robot.clickOn("#close-editor");
        robot.clickOn("#lead-search").write("love");
        waitUntil("only Ada matches", () -> names().equals(List.of("Ada Lovelace")));
        robot.doubleClickOn("#lead-search").eraseText(4);
        robot.press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        waitUntil("both show again", () -> names().size() == 2);

        // Edit: select Ada, Enter opens her, change the company, Ctrl+S saves.
        selectRow("Ada Lovelace");
        robot.type(KeyCode.ENTER);
        waitUntil(
                "Ada is in the editor",
                () -> robot.lookup("#editor-title")
                        .queryAs(Label.class)
                        .getText()
                        .equals("Ada Lovelace"));
        robot.clickOn("#field-company").write("Analytical Engines");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(
                "the table shows the new company",
                () -> rows().stream().anyMatch(r -> "Analytical Engines".equals(r.company())));

        // Delete with the Delete key, then Undo from the notification.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        selectRow("Ada Lovelace");
        robot.type(KeyCode.DELETE);
        waitUntil("Ada is gone", () -> names().equals(List.of("Alan Turing")));
        assertThat(robot.lookup("#toast-text").queryAs(Label.class).getText()).isEqualTo("Deleted “Ada Lovelace”");
        robot.clickOn("#toast-action");
        waitUntil("Ada is back", () -> names().size() == 2);
        assertThat(app.leads().count(LeadFilter.NONE.withSearch("analytical"))).isEqualTo(1);

        // And Ctrl+Z does the same.
        selectRow("Ada Lovelace");
        robot.type(KeyCode.DELETE);
        waitUntil("Ada is gone again", () -> names().equals(List.of("Alan Turing")));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("Ada is back again", () -> names().size() == 2);
    }

    @Test
    void pagerShowsWhereTheUserIs(FxRobot robot) {
        onFx(() -> {
            for (int i = 0; i < 130; i++) {
                app.leads()
                        .create(LeadData.builder()
                                .firstName("Lead" + i)
                                .email("l" + i + "@example.com")
                                .build());
            }
            return null;
        });
        robot.clickOn("#leads-table").type(KeyCode.F5);
        waitUntil(
                "the refreshed first page",
                () -> robot.lookup("#page-text").queryAs(Label.class).getText().equals("1–100 of 130"));
        robot.clickOn("#page-last");
        waitUntil(
                "the page text shows the last rows",
                () -> robot.lookup("#page-text").queryAs(Label.class).getText().equals("31–130 of 130"));
        robot.clickOn("#page-first");
        waitUntil(
                "back on the first page",
                () -> robot.lookup("#page-text").queryAs(Label.class).getText().equals("1–100 of 130"));
        assertThat(robot.lookup("#page-previous").queryAs(Button.class).isDisabled())
                .isTrue();
    }

    @Test
    void emptyStateLoadsDemoDataWithProgress(FxRobot robot) {
        waitUntil(
                "the empty state shows",
                () -> robot.lookup("#empty-load-demo").tryQuery().isPresent());
        robot.clickOn("#empty-load-demo");
        waitUntil("the demo leads are in the table", () -> rows().size() == 100);
        waitUntil(
                "the total is counted",
                () -> robot.lookup("#page-text")
                        .queryAs(Label.class)
                        .getText()
                        .equals(String.format("1–100 of %,d", 1000)));
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(1000);
        assertThat(app.channels().all()).isNotEmpty();
    }

    @Test
    void theDetailPaneBuiltOnFirstOpenShowsTheLeadItOpensWith(FxRobot robot) {
        long id = onFx(() -> app.leads()
                .create(LeadData.builder()
                        .firstName("Grace")
                        .lastName("Hopper")
                        .customFields(java.util.Map.of("Shoe size", "38"))
                        .build())
                .id());
        robot.clickOn("#leads-table").type(KeyCode.F5);
        waitUntil("Grace is in the table", () -> names().equals(List.of("Grace Hopper")));
        assertThat(robot.lookup("#lead-editor").tryQuery()).isEmpty();

        selectRow("Grace Hopper");
        robot.type(KeyCode.ENTER);
        waitUntil(
                "her other fields show in the pane built for her",
                () -> robot.lookup("#custom-fields")
                        .tryQueryAs(Label.class)
                        .map(l -> l.getText().contains("Shoe size: 38"))
                        .orElse(false));
        assertThat(robot.lookup("#field-first-name")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .isEqualTo("Grace");
        assertThat(id).isPositive();
    }

    private Button saveButton(FxRobot robot) {
        return robot.lookup("#save-lead").queryAs(Button.class);
    }

    private void selectRow(String name) {
        onFx(() -> {
            TableView<LeadRow> table = table();
            LeadRow row = table.getItems().stream()
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<LeadRow> table() {
        Node node = window.navigator().currentProperty().get().view().lookup("#leads-table");
        return (TableView<LeadRow>) node;
    }

    private List<LeadRow> rows() {
        return List.copyOf(table().getItems());
    }

    private List<String> names() {
        return rows().stream().map(LeadRow::name).toList();
    }
}
