package app.leadkeeper.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.funnel.FunnelPeriod;
import app.leadkeeper.funnel.FunnelReport;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageKind;
import app.leadkeeper.importing.ImportOptions;
import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentMethod;
import app.leadkeeper.leads.ConsentRecord;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.metrics.MetricsReport;
import app.leadkeeper.metrics.ReportPeriod;
import app.leadkeeper.nurture.TaskDraft;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.nurture.TaskPriority;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a person on a real H2 file database: the figures of the past period stay exactly as they were (channel
 * metrics, funnel, even after the roll-up is rebuilt from the lead table), nothing the person typed or was told stays
 * in any table, and after the compaction not in the file's bytes either.
 */
class PrivacyServiceTest {
    /** Everything personal about Ada, each of which must be gone after the erase. */
    private static final List<String> ADA = List.of(
            "Lovelace",
            "ada@example.com",
            "7946",
            "Analytical Engines",
            "difference engine",
            "octarine",
            "vip-ada",
            "Lovelace stand",
            "brochure about looms",
            "Called Ada about the loom",
            "ada.lovelace.dev");

    private static final LocalDate MAY_FIRST = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_LAST = LocalDate.of(2026, 5, 31);

    @TempDir
    Path dir;

    private AppContext app;
    private Channel webinar;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        app.leads().setPhoneRegion("GB");
        webinar = app.channels().find("Webinar").orElseThrow();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void erasingKeepsThePastFiguresAndLeavesNothingPersonalInTheTablesOrTheFile() throws Exception {
        Lead ada = ada();
        Lead bob = lead("Bob", "Builder", "bob@example.com");
        lose(bob, "Price too high");
        Lead carol = lead("Carol", "Jones", "carol@example.com");
        long before = app.leads().count(LeadFilter.NONE);
        Map<String, Object> metricsBefore = metrics();
        FunnelReport funnelBefore = funnel(null);
        FunnelReport webinarBefore = funnel(webinar.id());

        // Before: Ada's data is in the file (closing writes everything), so the check after the erase means something.
        reopen();
        assertThat(fileText()).contains("Lovelace", "octarine");

        ErasureReport report = app.privacy().erase(ada.id());

        assertThat(report.suppressedBy()).isEqualTo(SuppressedBy.EMAIL);
        assertThat(report.removed().touches()).isEqualTo(1);
        // The hand-made task; the cadence's open tasks went when Ada was won.
        assertThat(report.removed().tasks()).isEqualTo(1);
        assertThat(report.removed().cadenceRuns()).isEqualTo(1);
        assertThat(report.removed().customFields()).isEqualTo(1);
        assertThat(report.removed().tags()).isEqualTo(2);
        assertThat(report.removed().importRecords()).isEqualTo(1);
        assertThat(report.compacted()).isFalse();
        assertThat(app.database().compactsOnClose()).isTrue();

        // Ada is gone from every list; the others are untouched.
        assertThat(app.leads().find(ada.id())).isEmpty();
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(before - 1);
        assertThat(app.leads()
                        .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(10))
                        .rows())
                .extracting(r -> r.id())
                .containsExactlyInAnyOrder(bob.id(), carol.id());
        assertThat(app.leads().count(LeadFilter.NONE.withSearch("ada"))).isZero();
        assertThat(app.leads().allTags()).contains("shared").doesNotContain("vip-ada");
        assertThat(app.touches().forLead(ada.id())).isEmpty();
        assertThat(app.tasks().forLead(ada.id())).isEmpty();
        assertThat(app.privacy().isSuppressed(" ADA@example.com ")).isTrue();
        assertThat(app.privacy().isSuppressed("bob@example.com")).isFalse();

        // The past period's figures did not move.
        assertThat(metrics()).isEqualTo(metricsBefore);
        assertThat(funnel(null)).isEqualTo(funnelBefore);
        assertThat(funnel(webinar.id())).isEqualTo(webinarBefore);

        // No table holds anything of Ada (the whole database as SQL).
        String script = script();
        for (String personal : ADA) {
            assertThat(script).as("the database script").doesNotContainIgnoringCase(personal);
        }
        assertThat(script).contains("Bob", "bob@example.com");

        // Closing compacts the file: Ada's data is gone from its bytes too.
        app.close();
        app = null;
        String file = fileText();
        for (String personal : ADA) {
            assertThat(file).as("the database file").doesNotContainIgnoringCase(personal);
        }

        // Reopened, the roll-up still has Ada's share, also when it is rebuilt from the lead table.
        app = TempApp.open(dir);
        assertThat(app.database().compactsOnClose()).isFalse();
        assertThat(metrics()).isEqualTo(metricsBefore);
        assertThat(app.metrics().install("rebuild-" + System.nanoTime())).isTrue();
        assertThat(metrics()).isEqualTo(metricsBefore);
        assertThat(funnel(null)).isEqualTo(funnelBefore);
    }

    @Test
    void aPersonIsErasedOnceAndNothingTheyLeftBehindComesBack() {
        Lead ada = ada();
        app.privacy().erase(ada.id());
        assertThatThrownBy(() -> app.privacy().erase(ada.id()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("no lead " + ada.id());
        // Edits that still hold Ada (an open editor, an undo of a stage move) find no lead to write to.
        assertThatThrownBy(() -> app.leads().update(ada.id(), ada.data()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("no longer exists");
        assertThat(app.leads().delete(ada.id())).isEmpty();
        assertThat(script()).doesNotContain("Lovelace");
        assertThatThrownBy(() -> app.privacy().personData(ada.id())).isInstanceOf(UserException.class);
    }

    @Test
    void aTypedLostReasonBecomesOtherAndAListedOneStays() {
        Lead listed = lead("Dan", "Listed", "dan@example.com");
        lose(listed, "Chose a competitor");
        Lead typed = lead("Eve", "Typed", "eve@example.com");
        lose(typed, "Eve's husband said no");
        app.privacy().erase(listed.id());
        app.privacy().erase(typed.id());
        Map<String, Long> reasons = funnel(null).lostReasons();
        assertThat(reasons).containsEntry("Chose a competitor", 1L).containsEntry("Other", 1L);
        assertThat(script()).doesNotContain("husband");
    }

    @Test
    void aPersonWithoutAnEmailIsSuppressedByPhoneAndOneWithNeitherByNothing() {
        Lead phoneOnly = app.leads()
                .create(TempApp.lead("Phil", "Phone", null)
                        .phone("020 7946 0000")
                        .build());
        Lead nameOnly = app.leads()
                .create(TempApp.lead("Nora", "Nameonly", null)
                        .phone(null)
                        .company("Somewhere Ltd")
                        .build());
        assertThat(app.privacy().erase(phoneOnly.id()).suppressedBy()).isEqualTo(SuppressedBy.PHONE);
        assertThat(app.privacy().erase(nameOnly.id()).suppressedBy()).isEqualTo(SuppressedBy.NOTHING);
        assertThat(script()).doesNotContain("7946", "Nameonly");
    }

    @Test
    void theBackupsTakenSinceThePersonCameInAreListedWithTheirTimes() throws Exception {
        Lead ada = ada();
        Path backups = Files.createDirectories(app.folder().backups());
        Files.writeString(backups.resolve("before-migration-v6-20260101-101500.zip"), "older");
        Files.writeString(backups.resolve("backup-20261201-101500.zip"), "newer");
        Files.writeString(backups.resolve("before-import-hubspot-20260610-080000.zip"), "newer");
        Path unstamped = Files.writeString(backups.resolve("copy.zip"), "no stamp");
        Files.setLastModifiedTime(
                unstamped, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-07-01T00:00:00Z")));

        ErasureReport report = app.privacy().erase(ada.id());

        assertThat(report.since()).isEqualTo(ada.data().created().at());
        assertThat(report.backups())
                .extracting(BackupFile::name)
                // The import that brought Ada in backed up before it (the test clock's time): listed too, to be safe.
                .containsExactly(
                        "before-import-hubspot-20260610-080000.zip",
                        "copy.zip",
                        "before-import-20261120-111530.zip",
                        "backup-20261201-101500.zip");
        assertThat(report.backups().getFirst().takenAt()).isEqualTo(OffsetDateTime.parse("2026-06-10T08:00:00+02:00"));
        assertThat(ErasureTexts.summary(report, java.util.Locale.UK))
                .contains("backup-20261201-101500.zip  (1 Dec 2026, 10:15)")
                .contains("may still hold this person");
    }

    @Test
    void eraseAndCompactClosesTheDatabaseAfterCompactingIt() throws Exception {
        Lead ada = ada();
        reopen();
        ErasureReport report = app.privacy().eraseAndCompact(ada.id());
        assertThat(report.compacted()).isTrue();
        app.close(); // closing again does nothing
        app = null;
        assertThat(fileText()).doesNotContain("Lovelace");
        Path trace = dir.resolve("leadkeeper.trace.db");
        if (Files.exists(trace)) {
            assertThat(Files.readString(trace)).as("H2's trace").doesNotContain("already closed");
        }
    }

    @Test
    void theExportHoldsEverythingAboutThePerson() throws Exception {
        Lead ada = ada();
        Path file = app.privacy().exportPerson(ada.id(), dir.resolve("ada.json"));
        String json = Files.readString(file);
        assertThat(json)
                .contains("\"format\": \"leadkeeper-person/1\"")
                .contains("\"email\": \"ada@example.com\"")
                .contains("\"phone_e164\": \"+442079460958\"")
                .contains("\"favourite colour\": \"octarine\"")
                .contains("\"vip-ada\"")
                .contains("\"state\": \"YES\"", "\"note\": \"signed up at the Lovelace stand\"")
                .contains("\"channel\": \"Webinar\"")
                .contains("\"stage\": \"Won\"", "\"revenue\": 1200.00")
                .contains("Called Ada about the loom")
                .contains("brochure about looms")
                .contains("\"cadence\": \"New inbound lead\"")
                .contains("Moved to Won")
                .contains("\"score\": {");
        assertThat(json.lines().count()).isGreaterThan(50);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                .isEmpty();
    }

    /** Ada, with everything a lead can carry: in the webinar channel, created in May, won in June. */
    private Lead ada() {
        Lead ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com")
                        .phone("020 7946 0958")
                        .company("Analytical Engines")
                        .website("https://ada.lovelace.dev")
                        .message("Please call me about the difference engine")
                        .channelId(webinar.id())
                        .dealValue(new BigDecimal("900"))
                        .consent(new ConsentRecord(
                                Consent.YES,
                                OffsetDateTime.parse("2026-05-01T09:00:00+02:00"),
                                ConsentMethod.FORM,
                                "signed up at the Lovelace stand"))
                        .tags(List.of("vip-ada", "shared"))
                        .customFields(Map.of("favourite colour", "octarine"))
                        .build());
        app.touches()
                .log(
                        ada.id(),
                        TouchKind.CALL,
                        OffsetDateTime.parse("2026-05-03T10:00:00+02:00"),
                        "Called Ada about the loom");
        app.tasks()
                .create(new TaskDraft(
                        ada.id(),
                        "Send the brochure about looms",
                        TaskKind.EMAIL,
                        TaskPriority.HIGH,
                        OffsetDateTime.parse("2026-11-25T10:00:00+01:00"),
                        "Dear Ada, here is the brochure about looms."));
        long cadence = app.cadences().all().stream()
                .filter(c -> c.name().equals("New inbound lead"))
                .findFirst()
                .orElseThrow()
                .id();
        app.cadences().apply(cadence, List.of(ada.id()), new Progress());
        importCity();
        app.leads().moveToStage(ada.id(), stage("Engaged").id(), StageOutcome.OPEN);
        app.leads()
                .moveToStage(
                        ada.id(),
                        stage(StageKind.WON).id(),
                        StageOutcome.won(OffsetDateTime.parse("2026-06-01T12:00:00+02:00"), new BigDecimal("1200")));
        return app.leads().find(ada.id()).orElseThrow();
    }

    /** An import that adds Ada's city: a record of what it changed, for its undo. */
    private void importCity() {
        try {
            Path file = Files.writeString(
                    dir.resolve("city.csv"),
                    "Email,First name,City\nada@example.com,Ada,London\n",
                    StandardCharsets.UTF_8);
            var imports = app.imports();
            var report = imports.run(imports.preview(file), ImportOptions.NONE, new Progress());
            assertThat(report.updated()).isEqualTo(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Lead lead(String first, String last, String email) {
        return app.leads()
                .create(TempApp.lead(first, last, email)
                        .channelId(webinar.id())
                        .tags(List.of("shared"))
                        .build());
    }

    private void lose(Lead lead, String reason) {
        app.leads().moveToStage(lead.id(), stage(StageKind.LOST).id(), StageOutcome.lost(reason));
    }

    private Stage stage(String name) {
        return app.stages().stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Stage stage(StageKind kind) {
        return app.stages().stages().stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Object> metrics() {
        var metrics = app.metrics().metrics(ReportPeriod.between(MAY_FIRST, MAY_LAST));
        return Map.of("channels", MetricsReport.channelsJson(metrics), "totals", MetricsReport.totalsJson(metrics));
    }

    private FunnelReport funnel(Long channel) {
        return app.funnel().report(FunnelPeriod.days(MAY_FIRST, MAY_LAST, channel, TempApp.ZONE));
    }

    private void reopen() {
        app.close();
        app = TempApp.open(dir);
    }

    private String script() {
        return app.database().dsl().fetch("SCRIPT").stream()
                .map(r -> r.get(0, String.class))
                .collect(Collectors.joining("\n"));
    }

    /** The database file's bytes as text (Latin-1: every byte one character, so ASCII text shows as it is). */
    private String fileText() throws Exception {
        return new String(Files.readAllBytes(dir.resolve("leadkeeper.mv.db")), StandardCharsets.ISO_8859_1);
    }
}
