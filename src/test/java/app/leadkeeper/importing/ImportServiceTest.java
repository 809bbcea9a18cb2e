package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import job on a real H2 file database: matching, merging, one transaction, undo, profiles. */
class ImportServiceTest {
    @TempDir
    Path dir;

    AppContext app;
    ImportService imports;

    @BeforeEach
    void open() {
        app = TempApp.open(dir.resolve("data"));
        app.leads().setPhoneRegion("DE");
        imports = app.imports();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ImportReport importFile(Path file) {
        return imports.run(imports.preview(file), ImportOptions.NONE, new Progress());
    }

    @Test
    void importsNewLeadsWithTheirChannelAndRecordsTheBatch() throws IOException {
        Path file = Path.of("src/test/resources/importing/hubspot.csv");
        ImportReport report = importFile(file);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.source()).isEqualTo("hubspot");
        assertThat(report.batchId()).isNotNull();
        LeadRow olga = app.leads()
                .page(LeadFilter.NONE.withSearch("olga"), LeadSort.NEWEST_FIRST, PageRequest.first(5))
                .rows()
                .getFirst();
        assertThat(olga.company()).isEqualTo("Petrova GmbH");
        assertThat(olga.channel()).isNotBlank();
        assertThat(imports.history()).extracting(ImportBatch::fileName).containsExactly("hubspot.csv");
        assertThat(imports.history().getFirst().created()).isEqualTo(2);
    }

    @Test
    void importingTheSameFileAgainCreatesNothing() {
        Path file = Path.of("src/test/resources/importing/hubspot.csv");
        importFile(file);
        ImportReport again = importFile(file);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(2);
    }

    @Test
    void rowsOfTheSameFileAreMergedByEmailThenByPhone() throws IOException {
        Path file = csv("dupes.csv", """
                First name,Last name,Email,Phone,Company
                Ada,,ADA@example.com,,
                ,Lovelace, ada@example.com ,,Analytical Engines
                Bob,,,+49 30 1234567,
                ,Builder,,030 1234567,Builder GmbH
                Cy,,,,
                """);
        ImportReport report = importFile(file);
        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.reason()).containsIgnoringCase("email").containsIgnoringCase("phone");
        });
        Lead ada = only("ada@example.com");
        assertThat(ada.data().firstName()).isEqualTo("Ada");
        assertThat(ada.data().lastName()).isEqualTo("Lovelace");
        assertThat(ada.data().company()).isEqualTo("Analytical Engines");
        Lead bob = only("bob");
        assertThat(bob.data().company()).isEqualTo("Builder GmbH");
        assertThat(bob.phoneE164()).isEqualTo("+49301234567");
    }

    @Test
    void existingLeadsKeepTheirValuesAndConflictsAreReported() throws IOException {
        Lead ada = app.leads()
                .create(LeadData.builder()
                        .firstName("Ada")
                        .email("ada@example.com")
                        .company("Acme")
                        .build());
        Path file = csv("update.csv", """
                Email,Company,City
                ada@example.com,Globex,London
                """);
        ImportReport report = importFile(file);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("company");
            assertThat(c.kept()).isEqualTo("Acme");
            assertThat(c.ignored()).isEqualTo("Globex");
        });
        Lead after = app.leads().find(ada.id()).orElseThrow();
        assertThat(after.data().company()).isEqualTo("Acme");
        assertThat(after.data().city()).isEqualTo("London");
    }

    @Test
    void twoDifferentEmailsAreNeverMerged() throws IOException {
        Path file = csv("two.csv", """
                Name,Email,Phone
                Ann Lee,ann@example.com,+49 30 1234567
                Ann Lee,ann.lee@example.com,+49 30 1234567
                """);
        ImportReport report = importFile(file);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.duplicates()).isZero();
    }

    @Test
    void dryRunCountsButWritesNothing() throws IOException {
        app.leads().create(LeadData.builder().email("ada@example.com").build());
        Path file = csv("dry.csv", """
                Email,Company
                ada@example.com,Acme
                bob@example.com,Globex
                bob@example.com,Globex
                not-an-email,
                """);
        ImportReport report = imports.dryRun(imports.preview(file), ImportOptions.NONE, new Progress());
        assertThat(report.batchId()).isNull();
        assertThat(List.of(report.created(), report.updated(), report.duplicates(), report.rejected()))
                .containsExactly(1, 1, 1, 1);
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(1);
        assertThat(imports.history()).isEmpty();
        assertThat(app.leads()
                        .find(app.leads()
                                .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1))
                                .rows()
                                .getFirst()
                                .id())
                        .orElseThrow()
                        .data()
                        .company())
                .isNull();
    }

    @Test
    void aCancelledImportLeavesTheDatabaseAsItWas() throws IOException {
        app.leads().create(LeadData.builder().email("keep@example.com").build());
        StringBuilder text = new StringBuilder("Email,Company\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("p").append(i).append("@example.com,Co ").append(i).append('\n');
        }
        Path file = csv("big.csv", text.toString());
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                super.update(fraction, message);
                if (message.contains("rows read")) {
                    cancel();
                }
            }
        };
        ImportPreview preview = imports.preview(file);
        assertThatThrownBy(() -> imports.run(preview, ImportOptions.NONE, progress))
                .isInstanceOf(Progress.CancelledException.class);
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(1);
        assertThat(imports.history()).isEmpty();
    }

    @Test
    void undoRemovesCreatedLeadsRestoresUpdatedOnesAndSparesEditedOnes() throws IOException {
        Lead ada = app.leads()
                .create(LeadData.builder()
                        .firstName("Ada")
                        .email("ada@example.com")
                        .build());
        Path file = csv("batch.csv", """
                Email,Company,Tags
                ada@example.com,Analytical Engines,vip
                bob@example.com,Builder GmbH,
                cy@example.com,Cyberdyne,
                """);
        ImportReport report = importFile(file);
        assertThat(report.created()).isEqualTo(2);
        Lead cy = only("cy@example.com");
        app.leads().update(cy.id(), cy.data().toBuilder().city("Sunnyvale").build());

        UndoReport undo = imports.undo(report.batchId());

        assertThat(undo.removed()).isEqualTo(1);
        assertThat(undo.restored()).isEqualTo(1);
        assertThat(undo.leftAlone()).singleElement().asString().contains("cy@example.com");
        Lead adaAfter = app.leads().find(ada.id()).orElseThrow();
        assertThat(adaAfter.data().company()).isNull();
        assertThat(adaAfter.data().tags()).isEmpty();
        assertThat(app.leads().count(LeadFilter.NONE.withSearch("bob"))).isZero();
        assertThat(app.leads().find(cy.id())).isPresent();
        assertThat(imports.history().getFirst().undone()).isTrue();
        assertThatThrownBy(() -> imports.undo(report.batchId()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("already undone");
    }

    @Test
    void savedProfilesArePickedForTheSameHeader() throws IOException {
        Path first = csv("a.csv", "Mail,Firm\nada@example.com,Acme\n");
        ImportPreview preview = imports.preview(first);
        ColumnMapping edited = preview.mapping().with(0, Target.EMAIL).with(1, Target.COMPANY);
        imports.saveProfile("My form", preview.sniff(), edited);

        Path second = csv("b.csv", "Mail,Firm\nbob@example.com,Globex\n");
        ImportPreview again = imports.preview(second);
        assertThat(again.profileName()).isEqualTo("My form");
        assertThat(again.mapping()).isEqualTo(edited);
        importFile(second);
        assertThat(only("bob@example.com").data().company()).isEqualTo("Globex");
    }

    @Test
    void aNamedProfileForOtherColumnsIsRefused() throws IOException {
        Path first = csv("p.csv", "Mail,Firm\nada@example.com,Acme\n");
        ImportPreview preview = imports.preview(first);
        imports.saveProfile("two columns", preview.sniff(), preview.mapping());
        Path other = csv("q.csv", "Mail,Firm,City\nbob@example.com,Globex,Rome\n");
        ImportPreview sniffed = imports.preview(other);
        assertThatThrownBy(() -> imports.preview(other, sniffed.sniff(), "two columns"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("other columns");
        assertThat(sniffed.profileName()).isNull();
    }

    @Test
    void rejectedRowsCanBeSavedFixedAndImportedAgain() throws IOException {
        Path file = csv("rej.csv", """
                Email,Company
                good@example.com,Acme
                bad@,Globex
                """);
        ImportReport report = importFile(file);
        assertThat(report.rejected()).isEqualTo(1);
        Path saved = imports.saveRejected(report, dir.resolve("rejected.csv"));
        String text = Files.readString(saved);
        assertThat(text)
                .startsWith("Email,Company," + ImportService.REJECTION_COLUMN)
                .contains("bad@,Globex,\"line 3: Email:");

        Files.writeString(saved, text.replace("bad@,", "bad@example.com,"));
        ImportReport fixed = importFile(saved);
        assertThat(fixed.created()).isEqualTo(1);
        assertThat(only("bad@example.com").data().customFields()).doesNotContainKey(ImportService.REJECTION_COLUMN);
    }

    @Test
    void unreadableFilesAreRefusedWithTheirName() throws IOException {
        Path empty = csv("empty.csv", "");
        assertThatThrownBy(() -> imports.preview(empty))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("empty.csv");
        assertThatThrownBy(() -> imports.preview(dir.resolve("missing.csv")))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("missing.csv");
    }

    @Test
    void aChannelGivenForTheImportWinsForEveryRow() throws IOException {
        Path file = csv("fair.csv", "Email\nada@example.com\n");
        imports.run(imports.preview(file), new ImportOptions("Trade fair 2026", null), new Progress());
        assertThat(app.leads()
                        .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1))
                        .rows()
                        .getFirst()
                        .channel())
                .isEqualTo("Trade fair 2026");
    }

    private Lead only(String search) {
        List<LeadRow> rows = app.leads()
                .page(LeadFilter.NONE.withSearch(search), LeadSort.NEWEST_FIRST, PageRequest.first(5))
                .rows();
        assertThat(rows).hasSize(1);
        return app.leads().find(rows.getFirst().id()).orElseThrow();
    }
}
