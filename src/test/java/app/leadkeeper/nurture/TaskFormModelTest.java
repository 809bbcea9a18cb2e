package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task dialog's model with the current-thread runner and a real database. */
class TaskFormModelTest {
    @TempDir
    Path dir;

    AppContext app;
    long ada;
    long alan;
    final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir.resolve("data"));
        ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com")
                        .company("Analytical Engines")
                        .build())
                .id();
        alan = app.leads()
                .create(TempApp.lead("Alan", "Turing", "alan@example.com").build())
                .id();
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewTaskIsDueTomorrowAtNineAndNeedsALeadAndATitle() {
        TaskFormModel form = TaskFormModel.forNewTask(app.leads(), TaskRunner.direct(), errors::add, TempApp.CLOCK);
        form.start();
        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(form.timeProperty().get()).isEqualTo("09:00");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.missingProperty().get()).isEqualTo("Choose a lead and give the task a title.");
        assertThat(form.leadResults()).extracting(LeadChoice::id).containsExactly(alan, ada);

        form.leadSearchProperty().set("analytical");
        assertThat(form.leadResults())
                .extracting(LeadChoice::label)
                .containsExactly("Ada Lovelace · Analytical Engines");
        form.leadProperty().set(form.leadResults().getFirst());
        assertThat(form.missingProperty().get()).isEqualTo("Give the task a title.");
        form.titleProperty().set("  Call about the offer ");
        assertThat(form.validProperty().get()).isTrue();

        TaskDraft draft = form.draft();
        assertThat(draft.leadId()).isEqualTo(ada);
        assertThat(draft.title()).isEqualTo("Call about the offer");
        assertThat(draft.kind()).isEqualTo(TaskKind.CALL);
        assertThat(draft.dueAt().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-21T09:00+01:00").toInstant());

        // A search that no longer finds the chosen lead lets it go: the dialog never saves a lead it does not show.
        form.leadSearchProperty().set("turing");
        assertThat(form.leadProperty().get()).isNull();
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void timesAreReadLeniently() {
        assertThat(TaskFormModel.parseTime("9")).contains(LocalTime.of(9, 0));
        assertThat(TaskFormModel.parseTime(" 09:30 ")).contains(LocalTime.of(9, 30));
        assertThat(TaskFormModel.parseTime("9.30")).contains(LocalTime.of(9, 30));
        assertThat(TaskFormModel.parseTime("1430")).contains(LocalTime.of(14, 30));
        assertThat(TaskFormModel.parseTime("14h30")).contains(LocalTime.of(14, 30));
        assertThat(TaskFormModel.parseTime("24:00")).isEmpty();
        assertThat(TaskFormModel.parseTime("9:75")).isEmpty();
        assertThat(TaskFormModel.parseTime("noon")).isEmpty();
        assertThat(TaskFormModel.parseTime("")).isEmpty();
    }

    @Test
    void problemsAreNamedInWords() {
        TaskFormModel form = TaskFormModel.forLead(
                new LeadChoice(ada, "Ada Lovelace", null, null),
                app.leads(),
                TaskRunner.direct(),
                errors::add,
                TempApp.CLOCK);
        form.titleProperty().set("x".repeat(301));
        assertThat(form.titleProblemProperty().get()).isEqualTo("At most 300 characters (this is 301).");
        form.titleProperty().set("Call");
        form.timeProperty().set("25:00");
        assertThat(form.whenProblemProperty().get()).isEqualTo("Enter a time like 09:30.");
        assertThat(form.validProperty().get()).isFalse();
        form.timeProperty().set("08:00");
        form.dateProperty().set(LocalDate.of(2026, 11, 20));
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.whenHintProperty().get()).isEqualTo("That is in the past: the task will show as overdue.");
        form.dateProperty().set(null);
        assertThat(form.whenProblemProperty().get()).isEqualTo("Choose a day.");
    }
}
