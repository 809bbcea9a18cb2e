package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erased people stay out: an import (and its dry run) skips a row with an erased person's email however it is
 * written, or without an email and with an erased person's phone, counts it as suppressed with its line, and stores
 * nothing of it. Everyone else imports as always.
 */
class ImportSuppressionTest {
    @TempDir
    Path dir;

    private AppContext app;
    private ImportService imports;

    @BeforeEach
    void open() {
        app = TempApp.open(dir.resolve("data"));
        app.leads().setPhoneRegion("GB");
        imports = app.imports();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void rowsOfErasedPeopleAreSkippedAndCountedAsSuppressed() throws IOException {
        Lead ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com").build());
        Lead phil = app.leads()
                .create(TempApp.lead("Phil", "Phone", null)
                        .phone("020 7946 0000")
                        .build());
        app.privacy().erase(ada.id());
        app.privacy().erase(phil.id());

        Path file = Files.writeString(dir.resolve("again.csv"), """
                First name,Last name,Email,Phone,Company
                Ada,Lovelace, ADA@Example.com ,,Analytical Engines
                Phil,Phone,,+44 20 7946 0000,
                Grace,Hopper,grace@example.com,,Navy
                Phil,Other,phil@example.com,020 7946 0000,
                """, StandardCharsets.UTF_8);

        ImportReport dry = imports.dryRun(imports.preview(file), ImportOptions.NONE, new Progress());
        assertThat(dry.suppressed()).isEqualTo(2);
        assertThat(dry.suppressedLines()).containsExactly(2L, 3L);
        assertThat(dry.created()).isEqualTo(2);

        ImportReport report = imports.run(imports.preview(file), ImportOptions.NONE, new Progress());
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.suppressed()).isEqualTo(2);
        assertThat(report.suppressedLines()).containsExactly(2L, 3L);
        // A row with an email of its own is matched on it, as imports match leads: the phone does not suppress it.
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).isZero();
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(2);
        assertThat(app.leads().count(LeadFilter.NONE.withSearch("lovelace"))).isZero();
        assertThat(ImportCommand.toJson(report)).containsEntry("suppressed", 2);
        assertThat(ImportCommand.summary(report)).contains("2 suppressed (people erased on request)");

        // Undoing the import removes what it created and nothing else.
        assertThat(imports.undo(report.batchId()).removed()).isEqualTo(2);
        assertThat(app.leads().count(LeadFilter.NONE)).isZero();
    }

    @Test
    void withNobodyErasedNothingIsSuppressed() throws IOException {
        Path file = Files.writeString(
                dir.resolve("new.csv"), "Email\nada@example.com\nbob@example.com\n", StandardCharsets.UTF_8);
        ImportReport report = imports.run(imports.preview(file), ImportOptions.NONE, new Progress());
        assertThat(report.suppressed()).isZero();
        assertThat(report.suppressedLines()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(ImportCommand.summary(report)).doesNotContain("suppressed");
    }
}
