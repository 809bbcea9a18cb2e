package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.importing.ImportModel;
import app.leadkeeper.importing.Target;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.testing.TestWindows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import wizard driven as a user would, from the chosen file to undo. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestWindows.freshApp(dir);
        app.leads().setPhoneRegion("DE");
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void chooseCheckImportAndUndo(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("fair-" + System.nanoTime() + ".csv"), """
                Vorname;Nachname;E-Mail;Telefon;Firma;Messestand
                Jürgen;Müller;j.mueller@example.de;030 1234567;Müller GmbH;Halle 3
                Anna;Schmidt;anna@example.de;;;Halle 5
                Kein;Kontakt;;;;Halle 1
                Anna;Schmidt;ANNA@example.de;;Schmidt AG;
                """);
        ImportModel model = ImportPage.open(robot, window);
        Snapshots.save(stage.getScene(), "import-1-file");
        ImportPage.choose(model, file);
        waitUntil(
                "the columns are shown",
                () -> robot.lookup("#import-mapping").tryQuery().isPresent());
        TableView<ImportModel.MappingRow> mapping =
                robot.lookup("#import-mapping").query();
        assertThat(onFx(() -> mapping.getItems().stream()
                        .map(r -> r.targetProperty().get())
                        .toList()))
                .startsWith(Target.FIRST_NAME, Target.LAST_NAME, Target.EMAIL, Target.PHONE, Target.COMPANY);
        assertThat(onFx(() -> mapping.getItems().get(5).example())).isEqualTo("Halle 3");
        Snapshots.save(stage.getScene(), "import-2-columns");

        robot.clickOn("#import-check");
        waitUntil(
                "the dry run is done",
                () -> robot.lookup("#count-created").tryQuery().isPresent());
        assertThat(text(robot, "#count-rows")).isEqualTo("4");
        assertThat(text(robot, "#count-created")).isEqualTo("2");
        assertThat(text(robot, "#count-duplicates")).isEqualTo("1");
        assertThat(text(robot, "#count-rejected")).isEqualTo("1");
        ListView<String> problems = robot.lookup("#import-problems").query();
        assertThat(onFx(() -> problems.getItems().getFirst()))
                .contains("line 4")
                .contains(file.getFileName().toString());
        assertThat(app.leads().count(LeadFilter.NONE)).isZero();
        Snapshots.save(stage.getScene(), "import-3-check");

        robot.clickOn("#import-run");
        waitUntil(
                "the import is done",
                () -> robot.lookup("#import-done-title").tryQuery().isPresent());
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(2);
        assertThat(app.imports().history()).hasSize(1);
        Snapshots.save(stage.getScene(), "import-4-done");

        robot.clickOn("#import-undo");
        waitUntil("the undo is reported", () -> text(robot, "#import-status").startsWith("Undid the import"));
        assertThat(app.leads().count(LeadFilter.NONE)).isZero();
        assertThat(app.imports().history().getFirst().undone()).isTrue();
    }

    @Test
    void anErasedPersonIsSkippedAndTheWizardSaysSo(FxRobot robot) throws IOException {
        var ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com").build());
        app.privacy().erase(ada.id());
        Path file = Files.writeString(dir.resolve("again-" + System.nanoTime() + ".csv"), """
                First name,Last name,Email
                Ada,Lovelace,ADA@example.com
                Grace,Hopper,grace@example.com
                """);
        ImportModel model = ImportPage.open(robot, window);
        ImportPage.choose(model, file);
        waitUntil(
                "the columns are shown",
                () -> robot.lookup("#import-mapping").tryQuery().isPresent());
        robot.clickOn("#import-check");
        waitUntil(
                "the dry run is done",
                () -> robot.lookup("#count-suppressed").tryQuery().isPresent());
        assertThat(text(robot, "#count-suppressed")).isEqualTo("1");
        assertThat(text(robot, "#count-created")).isEqualTo("1");
        ListView<String> problems = robot.lookup("#import-problems").query();
        assertThat(onFx(() -> problems.getItems().getFirst()))
                .contains("line 2: skipped, this person was erased on request");
        Snapshots.save(stage.getScene(), "import-suppressed-check");

        robot.clickOn("#import-run");
        waitUntil(
                "the import is done",
                () -> robot.lookup("#import-done-title").tryQuery().isPresent());
        assertThat(text(robot, "#count-suppressed")).isEqualTo("1");
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(1);
        Snapshots.save(stage.getScene(), "import-suppressed-done");
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }
}
