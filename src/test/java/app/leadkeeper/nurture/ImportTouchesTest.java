package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.importing.ImportOptions;
import app.leadkeeper.importing.ImportReport;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A form submission brought in by an import is a touch on its lead; a contact list is not; undo takes it back. */
class ImportTouchesTest {
    @TempDir
    Path dir;

    AppContext app;

    @BeforeEach
    void open() {
        app = TempApp.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ImportReport importFile(Path file) {
        return app.imports().run(app.imports().preview(file), ImportOptions.NONE, new Progress());
    }

    private long leadId(String search) {
        return app.leads()
                .page(LeadFilter.NONE.withSearch(search), LeadSort.NEWEST_FIRST, PageRequest.first(5))
                .rows()
                .getFirst()
                .id();
    }

    private Path typeform(String name, String email, String company, String submitted) throws IOException {
        return Files.writeString(
                dir.resolve(name),
                "#,First name,Last name,Email,Company,Submit Date (UTC),Network ID\n" + "abc123,Ada,Lovelace," + email
                        + "," + company + "," + submitted + ",n1\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void eachSubmissionOfAFormToolIsAFormSubmittedTouch() throws IOException {
        ImportReport first = importFile(typeform("first.csv", "ada@example.com", "", "2026-11-02 08:30:00"));
        long ada = leadId("ada@example.com");

        List<Touch> touches = app.touches().forLead(ada);
        assertThat(first.source()).isEqualTo("typeform");
        assertThat(touches).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TouchKind.FORM_SUBMITTED);
            assertThat(t.at())
                    .isEqualTo(app.leads()
                            .find(ada)
                            .map(Lead::data)
                            .orElseThrow()
                            .created()
                            .at());
            assertThat(t.note()).isEqualTo("Imported from first.csv");
            assertThat(t.importBatchId()).isEqualTo(first.batchId());
        });

        // The same export imported again changes nothing and logs no second touch.
        importFile(typeform("again.csv", "ada@example.com", "", "2026-11-02 08:30:00"));
        assertThat(app.touches().count(ada)).isEqualTo(1);
        // A later submission that brings something new updates the lead: a second touch, dated when imported.
        ImportReport second = importFile(typeform("second.csv", "ADA@example.com", "Engines", "2026-11-19 17:00:00"));
        assertThat(second.updated()).isEqualTo(1);
        assertThat(app.touches().count(ada)).isEqualTo(2);
        assertThat(app.touches().forLead(ada).getFirst().at()).isEqualTo(OffsetDateTime.now(TempApp.CLOCK));

        // Undoing the second import takes its touch back, and only its touch.
        app.imports().undo(second.batchId());
        assertThat(app.touches().forLead(ada))
                .singleElement()
                .extracting(Touch::importBatchId)
                .isEqualTo(first.batchId());
        assertThat(app.touches().timeline(ada))
                .extracting(TimelineEntry::title)
                .contains("Imported from first.csv", "Updated by an import of second.csv", "Form submitted");
    }

    @Test
    void aCrmContactListIsNotASubmission() {
        importFile(Path.of("src/test/resources/importing/hubspot.csv"));

        long olga = leadId("olga");

        assertThat(app.touches().count(olga)).isZero();
        assertThat(app.touches().timeline(olga)).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.IMPORT);
    }

    @Test
    void aDryRunLogsNothing() throws IOException {
        Path file = typeform("dry.csv", "ada@example.com", "", "2026-11-02 08:30:00");
        app.imports().dryRun(app.imports().preview(file), ImportOptions.NONE, new Progress());
        assertThat(app.leads().count(LeadFilter.NONE)).isZero();
        importFile(file);
        assertThat(app.touches().count(leadId("ada"))).isEqualTo(1);
    }
}
