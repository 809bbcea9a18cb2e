package app.leadkeeper.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.funnel.FunnelSection;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageDraft;
import app.leadkeeper.funnel.StageKind;
import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cadence editor's model over the real CadenceService on an H2 file database, with the current-thread runner. */
class CadencesModelTest {
    @TempDir
    Path dir;

    AppContext app;
    CadencesModel model;
    final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        model = new CadencesModel(app.cadences(), app.stages(), TaskRunner.direct(), errors::add);
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theThreeShippedCadencesLoadWithTheirSteps() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(names()).containsExactly("New inbound lead", "Re-engage a past customer", "Webinar follow-up");

        // The first is shown, as stored.
        Cadence inbound = model.selectedProperty().get();
        assertThat(inbound.name()).isEqualTo("New inbound lead");
        assertThat(model.nameProperty().get()).isEqualTo("New inbound lead");
        assertThat(model.offerProperty().get()).isEqualTo("a free 30-minute consultation");
        assertThat(model.triggerProperty().get()).isEqualTo(CadenceTrigger.BY_HAND);
        assertThat(model.steps()).extracting(CadenceStep::dayOffset).containsExactly(0, 1, 3, 7, 14);
        assertThat(model.steps())
                .extracting(CadenceStep::kind)
                .containsExactly(TaskKind.EMAIL, TaskKind.CALL, TaskKind.EMAIL, TaskKind.CALL, TaskKind.EMAIL);
        assertThat(model.steps().getFirst().title()).isEqualTo("Thanks for getting in touch, {first_name}");
        assertThat(model.steps().getFirst().message()).startsWith("Hi {first_name},\n\nthank you");
        assertThat(model.dirtyProperty().get()).isFalse();

        assertThat(model.items())
                .extracting(CadenceTexts::summary)
                .containsExactly("5 steps · over 14 days", "3 steps · over 21 days", "4 steps · over 10 days");
        assertThat(model.items()).extracting(model::startText).containsOnly("Started by hand");
        // "By hand", then only the open stages: a cadence cannot start on a won or lost lead.
        assertThat(model.triggers())
                .extracting(CadenceTrigger::label)
                .containsExactly("Never (start by hand)", "New", "Engaged", "Qualified", "Proposal");
        assertThat(errors).isEmpty();
    }

    @Test
    void anEditedStepIsSavedAndKeptInTheOrderOfItsDay() {
        select("Webinar follow-up");
        assertThat(model.steps()).extracting(CadenceStep::dayOffset).containsExactly(0, 2, 5, 10);

        // The guide on day 2 moves to day 6, after the call on day 5.
        int at = model.updateStep(
                1, new CadenceStep(6, TaskKind.SEND_CONTENT, "Send {first_name} the guide", "Pick one for {company}."));

        assertThat(at).isEqualTo(2);
        assertThat(model.steps()).extracting(CadenceStep::dayOffset).containsExactly(0, 5, 6, 10);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(stored("Webinar follow-up").steps().get(1).dayOffset()).isEqualTo(2);

        model.save();

        assertThat(errors).isEmpty();
        assertThat(model.problemProperty().get()).isEmpty();
        Cadence saved = stored("Webinar follow-up");
        assertThat(saved.steps()).extracting(CadenceStep::dayOffset).containsExactly(0, 5, 6, 10);
        assertThat(saved.steps().get(2))
                .isEqualTo(new CadenceStep(
                        6, TaskKind.SEND_CONTENT, "Send {first_name} the guide", "Pick one for {company}."));
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.selectedProperty().get()).isEqualTo(saved);
        assertThat(model.messageProperty().get()).isEqualTo("Saved the cadence “Webinar follow-up”.");

        // Duplicate and remove work on the draft; Revert puts back what is stored.
        assertThat(model.duplicateStep(0)).isEqualTo(1);
        model.removeStep(3);
        assertThat(model.steps()).extracting(CadenceStep::dayOffset).containsExactly(0, 0, 5, 10);
        model.revert();
        assertThat(model.steps()).isEqualTo(saved.steps());
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aTriggerStageIsSaved() {
        Stage qualified = stage("Qualified");
        select("New inbound lead");

        model.triggerProperty().set(trigger("Qualified"));
        model.offerProperty().set("  a call with our founder ");
        model.save();

        assertThat(errors).isEmpty();
        Cadence saved = stored("New inbound lead");
        assertThat(saved.triggerStageId()).isEqualTo(qualified.id());
        assertThat(saved.offer()).isEqualTo("a call with our founder");
        assertThat(model.messageProperty().get())
                .isEqualTo("Saved the cadence “New inbound lead”. It starts on every lead that enters “Qualified”.");
        assertThat(model.startText(saved)).isEqualTo("When a lead enters Qualified");

        // Read again: the choice shows the stage, under its new name once it is renamed.
        app.stages()
                .update(
                        qualified.id(),
                        new StageDraft("Sales qualified", "#123456", FunnelSection.MOFU, StageKind.OPEN));
        model.load();
        assertThat(model.triggerProperty().get()).isEqualTo(new CadenceTrigger(qualified.id(), "Sales qualified"));
        assertThat(model.triggers()).contains(model.triggerProperty().get());
        assertThat(model.dirtyProperty().get()).isFalse();

        // Back to "by hand".
        model.triggerProperty().set(CadenceTrigger.BY_HAND);
        model.save();
        assertThat(stored("New inbound lead").triggerStageId()).isNull();
    }

    @Test
    void aDuplicateNameIsRefusedWithTheServicesMessageAndNothingIsSaved() {
        select("Webinar follow-up");
        List<Cadence> before = app.cadences().all();

        model.nameProperty().set("new INBOUND lead");
        assertThat(model.nameProblem(model.nameProperty().get()))
                .contains("There is already a cadence named “new INBOUND lead”.");
        model.save();

        assertThat(model.problemProperty().get()).isEqualTo("There is already a cadence named \"new INBOUND lead\".");
        assertThat(errors).isEmpty();
        assertThat(app.cadences().all()).isEqualTo(before);
        // The draft stays as the user left it.
        assertThat(model.nameProperty().get()).isEqualTo("new INBOUND lead");
        assertThat(model.dirtyProperty().get()).isTrue();

        // The next edit clears the complaint.
        model.nameProperty().set("Webinar follow-up, short");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void anEmptyTitleIsRefusedWithTheServicesMessageAndNothingIsSaved() {
        select("Webinar follow-up");
        List<Cadence> before = app.cadences().all();
        assertThat(model.titleProblem("   ")).isPresent();

        model.updateStep(0, new CadenceStep(0, TaskKind.EMAIL, "   ", "Hi {first_name}"));
        model.save();

        assertThat(model.problemProperty().get()).isEqualTo("Step 1 of \"Webinar follow-up\" needs a title.");
        assertThat(errors).isEmpty();
        assertThat(app.cadences().all()).isEqualTo(before);
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void aNewCadenceIsSavedOnceItHasSteps() {
        select("Webinar follow-up");
        model.newCadence();

        assertThat(model.nameProperty().get()).isEqualTo("New cadence");
        assertThat(model.selectedProperty().get().id()).isZero();
        assertThat(model.items()).hasSize(4);
        assertThat(model.items().getLast().id()).isZero();
        assertThat(model.dirtyProperty().get()).isTrue();

        model.save();
        assertThat(model.problemProperty().get()).isEqualTo("The cadence \"New cadence\" needs at least one step.");
        assertThat(app.cadences().all()).hasSize(3);

        model.nameProperty().set("Trial follow-up");
        model.offerProperty().set("a longer trial");
        assertThat(model.addStep(new CadenceStep(3, TaskKind.CALL, "Call {first_name}", null)))
                .isZero();
        assertThat(model.addStep(new CadenceStep(0, TaskKind.EMAIL, "Welcome, {first_name}", "Enjoy {offer}!")))
                .isZero();
        model.save();

        assertThat(errors).isEmpty();
        Cadence saved = stored("Trial follow-up");
        assertThat(saved.steps())
                .extracting(CadenceStep::title)
                .containsExactly("Welcome, {first_name}", "Call {first_name}");
        assertThat(saved.offer()).isEqualTo("a longer trial");
        assertThat(model.selectedProperty().get()).isEqualTo(saved);
        assertThat(names())
                .containsExactly(
                        "New inbound lead", "Re-engage a past customer", "Trial follow-up", "Webinar follow-up");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.preview("Hi {first_name} of {company}: {offer}"))
                .isEqualTo("Hi Ada of Analytical Engines Ltd: a longer trial");
    }

    @Test
    void anUnsavedNewCadenceIsDiscardedByRevert() {
        select("Re-engage a past customer");
        model.newCadence();
        model.nameProperty().set("Scratch");

        model.revert();

        assertThat(model.selectedProperty().get().name()).isEqualTo("Re-engage a past customer");
        assertThat(model.items()).hasSize(3).noneMatch(c -> c.id() == 0);
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aDuplicateIsACopyStartedByHandUntilSaved() {
        select("New inbound lead");
        model.triggerProperty().set(trigger("Engaged"));
        model.save();

        model.duplicate();

        assertThat(model.messageProperty().get())
                .isEqualTo(
                        "A copy of “New inbound lead”, started by hand until you choose a stage. Save it to keep it.");
        Cadence copy = model.draft();
        assertThat(copy.id()).isZero();
        assertThat(copy.name()).isEqualTo("New inbound lead (copy)");
        assertThat(copy.triggerStageId()).isNull();
        assertThat(copy.steps()).isEqualTo(stored("New inbound lead").steps());
        model.save();
        assertThat(stored("New inbound lead (copy)").steps()).hasSize(5);

        select("New inbound lead");
        model.duplicate();
        assertThat(model.nameProperty().get()).isEqualTo("New inbound lead (copy) 2");
        // An edit makes the sentence about the last command go.
        model.offerProperty().set("something else");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void deletingSelectsTheNextCadenceAndTheLastLeavesNothing() {
        select("Re-engage a past customer");

        model.delete();

        assertThat(names()).containsExactly("New inbound lead", "Webinar follow-up");
        assertThat(app.cadences().all()).extracting(Cadence::name).doesNotContain("Re-engage a past customer");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Webinar follow-up");
        assertThat(model.messageProperty().get())
                .isEqualTo(
                        "Deleted the cadence “Re-engage a past customer”; the tasks it created stay on their leads.");

        model.nameProperty().set("Changed, then deleted");
        model.delete();
        model.delete();

        assertThat(model.items()).isEmpty();
        assertThat(app.cadences().all()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.steps()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aDraftWithChangesSurvivesAReload() {
        select("Webinar follow-up");
        model.nameProperty().set("Webinar follow-up, revised");
        model.removeStep(3);

        model.load();

        assertThat(model.nameProperty().get()).isEqualTo("Webinar follow-up, revised");
        assertThat(model.steps()).hasSize(3);
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    private void select(String name) {
        model.select(model.items().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id());
        assertThat(model.nameProperty().get()).isEqualTo(name);
    }

    private CadenceTrigger trigger(String stage) {
        return model.triggers().stream()
                .filter(t -> t.label().equals(stage))
                .findFirst()
                .orElseThrow();
    }

    private List<String> names() {
        return model.items().stream().map(Cadence::name).toList();
    }

    private Cadence stored(String name) {
        return app.cadences().all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Stage stage(String name) {
        return app.stages().stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
