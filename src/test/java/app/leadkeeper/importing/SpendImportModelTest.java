package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's model with a spend report, on the current thread: the spend step, another channel, import, undo. */
class SpendImportModelTest {
    static final Path GOOGLE = Path.of("src/test/resources/importing/spend/google_ads.csv");

    @TempDir
    Path dir;

    AppContext app;
    ImportModel model;
    final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir.resolve("data"));
        model = new ImportModel(app.imports(), app.spendImports(), TaskRunner.direct(), errors::add, () -> {});
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void aSpendReportGoesToTheSpendStepAndImportsIntoTheChosenChannel() {
        model.open(GOOGLE);

        assertThat(model.stepProperty().get()).isEqualTo(ImportModel.Step.SPEND);
        assertThat(model.spendCheckedProperty().get().dryRun()).isTrue();
        assertThat(model.spendCheckedProperty().get().created()).isEqualTo(3);
        assertThat(model.spendChannelProperty().get()).isEqualTo("Google Ads");
        assertThat(model.channelNames()).contains("Google Ads", "LinkedIn");

        model.spendChannelProperty().set("Search partners");
        model.checkSpend();
        assertThat(model.spendCheckedProperty().get().channel()).isEqualTo("Search partners");
        assertThat(app.channels().find("Search partners")).isEmpty();

        model.runSpendImport();
        assertThat(model.stepProperty().get()).isEqualTo(ImportModel.Step.SPEND_DONE);
        SpendReport imported = model.spendImportedProperty().get();
        assertThat(imported.batchId()).isNotNull();
        assertThat(imported.channel()).isEqualTo("Search partners");
        assertThat(model.history())
                .singleElement()
                .satisfies(b -> assertThat(b.isSpend()).isTrue());

        model.undoLastSpendImport();
        assertThat(model.statusProperty().get())
                .isEqualTo("Undid the spend import of google_ads.csv: removed 3 spend entries and 3 traffic rows.");
        assertThat(model.history().getFirst().undone()).isTrue();
    }

    @Test
    void aSecondLookAtAnImportedReportFindsEveryRowThere() {
        model.open(GOOGLE);
        model.runSpendImport();
        model.restart();

        model.open(GOOGLE);

        assertThat(model.spendCheckedProperty().get().created()).isZero();
        assertThat(model.spendCheckedProperty().get().duplicates()).isEqualTo(3);
    }

    @Test
    void backFromTheSpendStepAndALeadFileGoesToTheColumns() {
        model.open(GOOGLE);
        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(ImportModel.Step.FILE);

        model.open(Path.of("src/test/resources/importing/hubspot.csv"));

        assertThat(model.stepProperty().get()).isEqualTo(ImportModel.Step.MAPPING);
        assertThat(model.spendCheckedProperty().get()).isNull();
    }
}
