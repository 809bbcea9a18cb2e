package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage column puts imported leads in the named stage; other leads enter the first open stage. */
class ImportStageColumnTest {
    @TempDir
    Path dir;

    private AppContext app;

    @BeforeEach
    void open() {
        app = TempApp.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Lead byEmail(String email) {
        long id = app.leads()
                .page(
                        new LeadFilter(email, null, null, null, java.util.List.of()),
                        LeadSort.NEWEST_FIRST,
                        PageRequest.first(5))
                .rows()
                .getFirst()
                .id();
        return app.leads().find(id).orElseThrow();
    }

    @Test
    void theStageColumnIsMatchedByNameWithoutCaseAndUnknownValuesAreKept() throws IOException {
        Map<String, Stage> stages =
                app.stages().stages().stream().collect(Collectors.toMap(Stage::name, Function.identity()));
        Path file = Files.writeString(dir.resolve("pipeline.csv"), """
                Email,Name,Stage
                ada@example.com,Ada,proposal
                ben@example.com,Ben,WON
                cem@example.com,Cem,Somewhere else
                dora@example.com,Dora,
                """, StandardCharsets.UTF_8);

        ImportPreview preview = app.imports().preview(file);
        assertThat(preview.mapping().target(2)).isEqualTo(Target.STAGE);
        ImportReport report = app.imports().run(preview, ImportOptions.NONE, new Progress());

        assertThat(report.created()).isEqualTo(4);
        assertThat(byEmail("ada@example.com").data().stageId())
                .isEqualTo(stages.get("Proposal").id());
        Lead ben = byEmail("ben@example.com");
        assertThat(ben.data().stageId()).isEqualTo(stages.get("Won").id());
        assertThat(ben.data().status().name()).isEqualTo("WON");
        Lead cem = byEmail("cem@example.com");
        assertThat(cem.data().stageId()).isEqualTo(stages.get("New").id());
        assertThat(cem.data().customFields()).containsEntry("Stage", "Somewhere else");
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.reason()).contains("Somewhere else"));
        assertThat(byEmail("dora@example.com").data().stageId())
                .isEqualTo(stages.get("New").id());
    }
}
