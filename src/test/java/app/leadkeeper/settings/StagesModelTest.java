package app.leadkeeper.settings;

import static app.leadkeeper.db.Tables.STAGE_CHANGE;
import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.UserException;
import app.leadkeeper.funnel.FunnelSection;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageDraft;
import app.leadkeeper.funnel.StageKind;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadStatus;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline editor's model over the real StageService on an H2 file database, with the current-thread runner. */
class StagesModelTest {
    @TempDir
    Path dir;

    AppContext app;
    StagesModel model;
    final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        model = new StagesModel(app.stages(), TaskRunner.direct(), errors::add);
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void loadsTheDefaultPipelineWithLeadCounts() {
        app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build());
        model.load();

        assertThat(names()).containsExactly("New", "Engaged", "Qualified", "Proposal", "Won", "Lost");
        assertThat(row("New").leads()).isEqualTo(1);
        assertThat(row("Won").leads()).isZero();
        assertThat(model.lostReasons()).startsWith("Price too high", "Chose a competitor");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void addRenameAndReorderAreStored() {
        model.add(new StageDraft(" Demo booked ", "#AA33CC", FunnelSection.BOFU, StageKind.OPEN));

        // A new open stage goes after the last open one, before Won and Lost.
        assertThat(storedNames())
                .containsExactly("New", "Engaged", "Qualified", "Proposal", "Demo booked", "Won", "Lost");
        Stage demo = stored("Demo booked");
        assertThat(demo.color()).isEqualTo("#aa33cc");
        assertThat(demo.section()).isEqualTo(FunnelSection.BOFU);
        assertThat(model.focusProperty().get()).isEqualTo(demo.id());
        assertThat(model.messageProperty().get()).isEqualTo("Added the stage “Demo booked”.");

        model.update(demo.id(), new StageDraft("Demo held", "#112233", FunnelSection.MOFU, StageKind.OPEN));
        Stage renamed = stored("Demo held");
        assertThat(renamed.id()).isEqualTo(demo.id());
        assertThat(renamed.color()).isEqualTo("#112233");
        assertThat(renamed.section()).isEqualTo(FunnelSection.MOFU);
        assertThat(names()).contains("Demo held").doesNotContain("Demo booked");

        model.move(demo.id(), -1);
        model.move(demo.id(), -1);
        assertThat(storedNames())
                .containsExactly("New", "Engaged", "Demo held", "Qualified", "Proposal", "Won", "Lost");
        assertThat(names()).isEqualTo(storedNames());
        assertThat(model.focusProperty().get()).isEqualTo(demo.id());

        long first = stored("New").id();
        assertThat(model.canMove(first, -1)).isFalse();
        model.move(first, -1);
        assertThat(storedNames().getFirst()).isEqualTo("New");
        assertThat(errors).isEmpty();
    }

    @Test
    void deletingAStageWithLeadsMovesThemAndKeepsTheirHistory() {
        long proposal = stored("Proposal").id();
        long qualified = stored("Qualified").id();
        Lead ada = app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com")
                        .stageId(proposal)
                        .build());
        Lead alan = app.leads()
                .create(lead("Alan", "Turing", "alan@example.com")
                        .stageId(proposal)
                        .build());
        Lead grace =
                app.leads().create(lead("Grace", "Hopper", "grace@example.com").build());
        model.load();
        assertThat(row("Proposal").leads()).isEqualTo(2);
        assertThat(model.suggestedTarget(proposal)).map(Stage::name).contains("Qualified");
        assertThat(model.moveTargets(proposal)).extracting(Stage::name).doesNotContain("Proposal");

        // Without a target the service refuses, and nothing changes.
        model.delete(proposal, null);
        assertThat(errors).singleElement().isInstanceOf(UserException.class);
        assertThat(errors.getFirst().getMessage()).contains("\"Proposal\" holds 2 leads");
        assertThat(storedNames()).contains("Proposal");
        errors.clear();

        model.delete(proposal, qualified);

        assertThat(errors).isEmpty();
        assertThat(storedNames()).containsExactly("New", "Engaged", "Qualified", "Won", "Lost");
        assertThat(row("Qualified").leads()).isEqualTo(2);
        assertThat(stageOf(ada)).isEqualTo(qualified);
        assertThat(stageOf(alan)).isEqualTo(qualified);
        assertThat(stageOf(grace)).isEqualTo(stored("New").id());
        assertThat(model.messageProperty().get())
                .isEqualTo("Deleted the stage “Proposal”; 2 leads moved to “Qualified”.");

        List<Record3<Long, Long, Long>> changes = app.database()
                .dsl()
                .select(STAGE_CHANGE.LEAD_ID, STAGE_CHANGE.FROM_STAGE_ID, STAGE_CHANGE.TO_STAGE_ID)
                .from(STAGE_CHANGE)
                .where(STAGE_CHANGE.CAUSE.eq("HAND"))
                .orderBy(STAGE_CHANGE.LEAD_ID)
                .fetch();
        assertThat(changes).hasSize(2);
        assertThat(changes).extracting(Record3::value1).containsExactly(ada.id(), alan.id());
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.value2()).isEqualTo(proposal);
            assertThat(change.value3()).isEqualTo(qualified);
        });
    }

    @Test
    void deletingIntoAWonStageWinsTheLeads() {
        long engaged = stored("Engaged").id();
        Lead ada = app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com")
                        .stageId(engaged)
                        .build());
        model.load();

        model.delete(engaged, stored("Won").id());

        assertThat(errors).isEmpty();
        assertThat(app.leads().find(ada.id()).orElseThrow().data().status()).isEqualTo(LeadStatus.WON);
    }

    @Test
    void anEmptyStageIsDeletedWithoutATarget() {
        model.delete(stored("Engaged").id(), null);

        assertThat(errors).isEmpty();
        assertThat(storedNames()).containsExactly("New", "Qualified", "Proposal", "Won", "Lost");
        assertThat(model.messageProperty().get()).isEqualTo("Deleted the stage “Engaged”.");
    }

    @Test
    void refusesADuplicateName() {
        assertThat(model.nameProblem("  qualified ", 0)).contains("There is already a stage called “qualified”.");
        assertThat(model.nameProblem("Qualified", stored("Qualified").id())).isEmpty();
        assertThat(model.nameProblem("   ", 0)).contains("A stage needs a name.");

        model.add(new StageDraft("QUALIFIED", "#123456", FunnelSection.MOFU, StageKind.OPEN));

        assertThat(errors).singleElement().isInstanceOf(UserException.class);
        assertThat(errors.getFirst().getMessage()).isEqualTo("There is already a stage called \"QUALIFIED\".");
        assertThat(storedNames()).hasSize(6);
        assertThat(names()).hasSize(6);
    }

    @Test
    void refusesToDeleteTheLastOpenStage() {
        for (String name : List.of("New", "Engaged", "Qualified")) {
            model.delete(stored(name).id(), null);
        }
        assertThat(errors).isEmpty();
        long proposal = stored("Proposal").id();
        assertThat(model.deleteProblem(proposal))
                .contains("Cannot delete “Proposal”: the pipeline needs at least one open stage.");

        model.delete(proposal, null);

        assertThat(errors).singleElement().isInstanceOf(UserException.class);
        assertThat(storedNames()).containsExactly("Proposal", "Won", "Lost");
        // The service refuses on its own as well, whatever the model checked.
        assertThatThrownBy(() -> app.stages().delete(proposal, stored("Won").id()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("at least one open stage");
        assertThat(model.deleteProblem(stored("Won").id())).isPresent();
    }

    @Test
    void lostReasonsRoundTrip() {
        app.stages().setLostReasons(List.of("Price too high", "No budget"));
        model.load();

        model.addLostReason("  Went quiet ");
        assertThat(app.stages().lostReasons()).containsExactly("Price too high", "No budget", "Went quiet");

        model.addLostReason("no BUDGET");
        assertThat(model.messageProperty().get()).isEqualTo("“no BUDGET” is already in the list.");
        assertThat(app.stages().lostReasons()).hasSize(3);

        model.renameLostReason(0, "Too expensive");
        model.moveLostReason(2, -1);
        assertThat(app.stages().lostReasons()).containsExactly("Too expensive", "Went quiet", "No budget");

        model.renameLostReason(1, "Too expensive");
        assertThat(app.stages().lostReasons()).containsExactly("Too expensive", "Went quiet", "No budget");

        model.removeLostReason(0);
        assertThat(app.stages().lostReasons()).containsExactly("Went quiet", "No budget");
        assertThat(model.lostReasons()).containsExactly("Went quiet", "No budget");
        assertThat(errors).isEmpty();
    }

    private List<String> names() {
        return model.rows().stream().map(r -> r.stage().name()).toList();
    }

    private List<String> storedNames() {
        return app.stages().stages().stream().map(Stage::name).toList();
    }

    private Stage stored(String name) {
        return app.stages().stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private StageRow row(String name) {
        return model.rows().stream()
                .filter(r -> r.stage().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private long stageOf(Lead lead) {
        return app.leads().find(lead.id()).orElseThrow().data().stageId();
    }
}
