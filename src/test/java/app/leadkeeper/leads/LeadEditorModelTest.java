package app.leadkeeper.leads;

import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.core.TaskRunner;
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
        editor = new LeadEditorModel(app.leads(), channels, TaskRunner.direct(), errors::add, TempApp.ZONE);
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
}
