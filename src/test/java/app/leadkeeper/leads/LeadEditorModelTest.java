package app.leadkeeper.leads;

import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadEditorModelTest {
    @TempDir
    Path dir;

    AppContext app;
    LeadEditorModel editor;
    ObservableList<Channel> channels = FXCollections.observableArrayList();
    final List<Lead> saved = new ArrayList<>();
    final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        app.leads().setPhoneRegion("GB");
        editor = new LeadEditorModel(
                app.leads(), app.stages(), channels, TaskRunner.direct(), errors::add, TempApp.ZONE);
        editor.setOnSaved(saved::add);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void newLeadValidatesAsTheUserTypesAndSavesOnlyWhenValid() {
        editor.newLead();
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.problems())
                .as("an untouched form shows no errors yet")
                .isEmpty();
        editor.firstNameProperty().set("A");
        editor.firstNameProperty().set(" ");
        assertThat(editor.problems()).containsOnlyKeys(LeadField.NAME);
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.firstNameProperty().set("Ada");
        editor.emailProperty().set("ada@");
        assertThat(editor.problems()).containsOnlyKeys(LeadField.EMAIL);
        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.save();
        assertThat(app.leads().count(LeadFilter.NONE)).isZero();

        editor.emailProperty().set("ada@example.com");
        editor.phoneProperty().set("020 7946 0958");
        assertThat(editor.phonePreviewProperty().get()).isEqualTo("→ +44 20 7946 0958");
        editor.tagsProperty().set("vip, newsletter, vip");
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();

        assertThat(saved).hasSize(1);
        Lead stored = app.leads().find(saved.getFirst().id()).orElseThrow();
        assertThat(stored.phoneE164()).isEqualTo("+442079460958");
        assertThat(stored.data().tags()).containsExactly("newsletter", "vip");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.titleProperty().get()).isEqualTo("Ada");
    }

    @Test
    void editingKeepsWhatTheFormDoesNotShow() {
        Channel ads = app.channels().ensure("Ads");
        channels.setAll(app.channels().all());
        Lead original = app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com")
                        .channelId(ads.id())
                        .utm(new Utm("google", "cpc", "x", null, null))
                        .customFields(Map.of("Fleet", "3"))
                        .build());
        editor.edit(original.id());
        assertThat(editor.channelProperty().get()).isEqualTo(ads);
        assertThat(editor.customFields()).containsEntry("Fleet", "3");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.companyProperty().set("Analytical Engines");
        editor.createdDateProperty().set(LocalDate.of(2026, 4, 30));
        editor.save();

        Lead stored = app.leads().find(original.id()).orElseThrow();
        assertThat(stored.data().company()).isEqualTo("Analytical Engines");
        assertThat(stored.data().utm().source()).isEqualTo("google");
        assertThat(stored.data().channelId()).isEqualTo(ads.id());
        assertThat(stored.data().customFields()).containsEntry("Fleet", "3");
        assertThat(stored.data().created().at().atZoneSameInstant(TempApp.ZONE).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(stored.data().created().at().atZoneSameInstant(TempApp.ZONE).toLocalTime())
                .isEqualTo(original.data()
                        .created()
                        .at()
                        .atZoneSameInstant(TempApp.ZONE)
                        .toLocalTime());
        assertThat(stored.revision()).isEqualTo(1);
    }

    @Test
    void aFullNameOnlyLeadStaysAFullName() {
        Lead original =
                app.leads().create(LeadData.builder().fullName("Grace Hopper").build());
        editor.edit(original.id());
        assertThat(editor.firstNameProperty().get()).isEqualTo("Grace Hopper");
        editor.cityProperty().set("Arlington");
        editor.save();
        Lead stored = app.leads().find(original.id()).orElseThrow();
        assertThat(stored.data().fullName()).isEqualTo("Grace Hopper");
        assertThat(stored.data().firstName()).isNull();
    }

    @Test
    void changingConsentByHandRecordsHowAndWhen() {
        Lead original =
                app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build());
        editor.edit(original.id());
        editor.consentProperty().set(Consent.YES);
        editor.save();
        ConsentRecord consent =
                app.leads().find(original.id()).orElseThrow().data().consent();
        assertThat(consent.state()).isEqualTo(Consent.YES);
        assertThat(consent.method()).isEqualTo(ConsentMethod.MANUAL);
        assertThat(consent.at()).isNotNull();
    }

    @Test
    void clearingTheChannelRemovesIt() {
        Channel ads = app.channels().ensure("Ads");
        channels.setAll(app.channels().all());
        Lead original = app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com")
                        .channelId(ads.id())
                        .build());
        editor.edit(original.id());
        editor.channelProperty().set(null);
        editor.save();
        assertThat(app.leads().find(original.id()).orElseThrow().data().channelId())
                .isNull();
    }

    @Test
    void qualificationStageAndBantAreSavedAndReloaded() {
        Lead original =
                app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build());
        editor.edit(original.id());
        LeadQualificationModel q = editor.qualification();
        assertThat(q.stageChoices()).extracting(Stage::name).contains("New", "Qualified", "Won", "Lost");
        assertThat(q.stageProperty().get().name()).isEqualTo("New");
        assertThat(q.qualificationProperty().get()).isEqualTo(Qualification.LEAD);
        assertThat(editor.canSaveProperty().get()).isFalse();

        Stage qualified = stage("Qualified");
        q.qualificationProperty().set(Qualification.SQL);
        q.stageProperty().set(qualified);
        q.answerProperty(BantCriterion.BUDGET).set(Answer.YES);
        q.noteProperty(BantCriterion.BUDGET).set("  20k approved ");
        q.answerProperty(BantCriterion.AUTHORITY).set(Answer.NO);
        q.noteProperty(BantCriterion.AUTHORITY).set("needs the CFO");
        q.answerProperty(BantCriterion.NEED).set(Answer.YES);
        assertThat(q.wonProperty().get()).isFalse();
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();

        LeadData stored = app.leads().find(original.id()).orElseThrow().data();
        assertThat(stored.qualification()).isEqualTo(Qualification.SQL);
        assertThat(stored.stageId()).isEqualTo(qualified.id());
        assertThat(stored.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(stored.bant())
                .isEqualTo(new Bant(
                        new BantItem(Answer.YES, "20k approved"),
                        new BantItem(Answer.NO, "needs the CFO"),
                        new BantItem(Answer.YES, null),
                        BantItem.UNKNOWN));
        assertThat(count(
                        "SELECT COUNT(*) FROM qualification_change WHERE lead_id = ? AND from_value = 'LEAD'"
                                + " AND to_value = 'SQL' AND cause = 'HAND'",
                        original.id()))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM qualification_change WHERE lead_id = ?", original.id()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM stage_change WHERE lead_id = ? AND to_stage_id = ?",
                        original.id(),
                        qualified.id()))
                .isEqualTo(1);

        // A fresh editor reading the lead shows what was saved; saving again unchanged adds no history.
        LeadEditorModel again = new LeadEditorModel(
                app.leads(), app.stages(), channels, TaskRunner.direct(), errors::add, TempApp.ZONE);
        again.edit(original.id());
        LeadQualificationModel reloaded = again.qualification();
        assertThat(reloaded.qualificationProperty().get()).isEqualTo(Qualification.SQL);
        assertThat(reloaded.stageProperty().get()).isEqualTo(qualified);
        assertThat(reloaded.answerProperty(BantCriterion.BUDGET).get()).isEqualTo(Answer.YES);
        assertThat(reloaded.noteProperty(BantCriterion.BUDGET).get()).isEqualTo("20k approved");
        assertThat(reloaded.answerProperty(BantCriterion.AUTHORITY).get()).isEqualTo(Answer.NO);
        assertThat(reloaded.answerProperty(BantCriterion.TIMEFRAME).get()).isEqualTo(Answer.UNKNOWN);
        assertThat(again.dirtyProperty().get()).isFalse();
        again.cityProperty().set("London");
        again.save();
        assertThat(count("SELECT COUNT(*) FROM qualification_change WHERE lead_id = ?", original.id()))
                .isEqualTo(1);
    }

    @Test
    void aWonStageAsksForDateAndRevenueAndMakesACustomer() {
        Lead original =
                app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build());
        editor.edit(original.id());
        LeadQualificationModel q = editor.qualification();
        q.stageProperty().set(stage("Won"));
        assertThat(q.wonProperty().get()).isTrue();
        assertThat(q.lostProperty().get()).isFalse();
        assertThat(q.wonDateProperty().get()).as("won today by default").isNotNull();
        assertThat(q.qualificationProperty().get()).isEqualTo(Qualification.CUSTOMER);

        q.revenueProperty().set("lots");
        assertThat(editor.problems()).containsKey(LeadField.REVENUE);
        assertThat(editor.canSaveProperty().get()).isFalse();
        q.revenueProperty().set("1250.50");
        q.wonDateProperty().set(LocalDate.of(2026, 11, 2));
        assertThat(editor.problems()).isEmpty();
        editor.save();

        LeadData stored = app.leads().find(original.id()).orElseThrow().data();
        assertThat(stored.status()).isEqualTo(LeadStatus.WON);
        assertThat(stored.revenue()).isEqualByComparingTo("1250.50");
        assertThat(stored.wonAt().atZoneSameInstant(TempApp.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(stored.qualification()).isEqualTo(Qualification.CUSTOMER);
    }

    @Test
    void aLostStageTakesAReasonFromTheListOrTypedIn() {
        Lead original =
                app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build());
        editor.edit(original.id());
        LeadQualificationModel q = editor.qualification();
        assertThat(q.lostReasonChoices()).contains("Price too high", "Not a fit");
        q.stageProperty().set(stage("Lost"));
        assertThat(q.lostProperty().get()).isTrue();
        assertThat(q.wonProperty().get()).isFalse();
        q.lostReasonProperty().set("Went with a spreadsheet");
        editor.save();

        LeadData stored = app.leads().find(original.id()).orElseThrow().data();
        assertThat(stored.status()).isEqualTo(LeadStatus.LOST);
        assertThat(stored.lostReason()).isEqualTo("Went with a spreadsheet");
        assertThat(stored.stageId()).isEqualTo(stage("Lost").id());
    }

    @Test
    void aNewLeadStartsInTheFirstOpenStage() {
        editor.newLead();
        assertThat(editor.qualification().stageProperty().get().name()).isEqualTo("New");
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.firstNameProperty().set("Ada");
        editor.qualification().qualificationProperty().set(Qualification.MQL);
        editor.save();
        LeadData stored = app.leads().find(saved.getFirst().id()).orElseThrow().data();
        assertThat(stored.qualification()).isEqualTo(Qualification.MQL);
        assertThat(stored.stageId()).isEqualTo(stage("New").id());
    }

    private Stage stage(String name) {
        return app.stages().stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private int count(String sql, Object... binds) {
        return app.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }
}
