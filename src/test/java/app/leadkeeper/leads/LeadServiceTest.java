package app.leadkeeper.leads;

import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.Direction;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LeadService and LeadRepository on a real H2 file database with the real migrations. */
class LeadServiceTest {
    @TempDir
    Path dir;

    AppContext app;
    LeadService leads;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        leads = app.leads();
        leads.setPhoneRegion("DE");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Channel channel = app.channels().ensure("Google Ads", ChannelCategory.PAID_SEARCH, Direction.INBOUND);
        OffsetDateTime created = OffsetDateTime.of(2025, 3, 4, 16, 16, 51, 0, ZoneOffset.ofHours(-5));
        LeadData data = LeadData.builder()
                .firstName("  María José ")
                .lastName("García-Núñez")
                .email("Maria.Garcia@Example.COM ")
                .phone("030 1234567")
                .company("Acme GmbH")
                .jobTitle("VP Marketing")
                .companySize(120)
                .budget("10k-20k")
                .website("acme.example")
                .city("Berlin")
                .country("DE")
                .message("Line one\nLine two")
                .channelId(channel.id())
                .campaign("Spring sale")
                .offer("ebook")
                .landingPage("https://acme.example/landing?utm_source=google")
                .utm(new Utm("google", "cpc", "spring", "crm", "ad1"))
                .created(new CreatedAt(created, true))
                .consent(new ConsentRecord(Consent.YES, created, ConsentMethod.FORM, "checkbox on form"))
                .dealValue(new BigDecimal("1500.00"))
                .qualification(Qualification.MQL)
                .bant(new Bant(
                        new BantItem(Answer.YES, "approved"),
                        BantItem.UNKNOWN,
                        new BantItem(Answer.NO, null),
                        BantItem.UNKNOWN))
                .tags(List.of("vip", "Event-2026"))
                .customFields(Map.of("How did you hear about us?", "A friend", "Fleet size", "12"))
                .build();

        Lead saved = leads.create(data);
        Lead found = leads.find(saved.id()).orElseThrow();

        assertThat(found.data().firstName()).isEqualTo("María José");
        assertThat(found.data().email()).isEqualTo("Maria.Garcia@Example.COM");
        assertThat(found.phoneE164()).isEqualTo("+49301234567");
        assertThat(found.data().phone()).isEqualTo("030 1234567");
        assertThat(found.data().created()).isEqualTo(new CreatedAt(created, true));
        assertThat(found.data().created().at().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(found.data().consent().method()).isEqualTo(ConsentMethod.FORM);
        assertThat(found.data().bant().budget().note()).isEqualTo("approved");
        assertThat(found.data().tags()).containsExactly("Event-2026", "vip");
        assertThat(found.data().customFields())
                .containsEntry("How did you hear about us?", "A friend")
                .containsEntry("Fleet size", "12");
        assertThat(found.data().utm()).isEqualTo(new Utm("google", "cpc", "spring", "crm", "ad1"));
        assertThat(found.data().dealValue()).isEqualByComparingTo("1500");
        assertThat(found.data().message()).isEqualTo("Line one\nLine two");
        assertThat(found.addedAt()).isEqualTo(OffsetDateTime.now(TempApp.CLOCK));
        assertThat(found.revision()).isZero();
    }

    @Test
    void invalidLeadsAreRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> leads.create(LeadData.builder().build()))
                .isInstanceOf(InvalidLeadException.class)
                .hasMessageContaining("at least a name, an email or a phone");
        assertThatThrownBy(() -> leads.create(lead("Ann", "Lee", "ann@@example").build()))
                .isInstanceOfSatisfying(
                        InvalidLeadException.class,
                        e -> assertThat(e.validation().problems()).containsOnlyKeys(LeadField.EMAIL));
        assertThatThrownBy(
                        () -> leads.create(lead("Ann", "Lee", null).phone("12").build()))
                .isInstanceOfSatisfying(
                        InvalidLeadException.class,
                        e -> assertThat(e.validation().problems()).containsOnlyKeys(LeadField.PHONE));
        assertThat(leads.count(LeadFilter.NONE)).isZero();
    }

    @Test
    void updateKeepsIdAndCountsRevisions() {
        Lead saved = leads.create(
                lead("Ann", "Lee", "ann@example.com").tags(List.of("a")).build());
        Lead updated = leads.update(
                saved.id(),
                saved.data().toBuilder().company("Initech").tags(List.of("b")).build());
        assertThat(updated.id()).isEqualTo(saved.id());
        assertThat(updated.revision()).isEqualTo(1);
        assertThat(updated.data().company()).isEqualTo("Initech");
        assertThat(updated.data().tags()).containsExactly("b");
        assertThat(leads.allTags()).containsExactly("a", "b");
    }

    @Test
    void deleteThenRestoreBringsBackTheSameLead() {
        Lead saved = leads.create(lead("Ann", "Lee", "ann@example.com")
                .tags(List.of("vip"))
                .customFields(Map.of("x", "y"))
                .build());
        List<Lead> deleted = leads.deleteAll(List.of(saved.id(), 999_999L));
        assertThat(deleted).extracting(Lead::id).containsExactly(saved.id());
        assertThat(leads.find(saved.id())).isEmpty();
        assertThat(leads.count(LeadFilter.NONE)).isZero();

        leads.restore(deleted);

        assertThat(leads.find(saved.id())).contains(saved);
        Lead next = leads.create(lead("Bo", "Chen", "bo@example.com").build());
        assertThat(next.id()).isNotEqualTo(saved.id());
    }

    @Test
    void searchFindsSubstringsInNamesEmailsCompaniesAndPhones() {
        leads.create(lead("José", "Álvarez", "jose@acme.example")
                .company("Acme Corp")
                .build());
        leads.create(lead("Anna", "Schmidt", "anna.schmidt@mail.example")
                .phone("+49 30 9876543")
                .build());
        leads.create(lead("Ивана", "Петрова", "ivana@example.org").build());

        for (boolean indexed : List.of(false, true)) {
            if (indexed) {
                leads.loadSearchIndex();
            }
            assertThat(names(LeadFilter.NONE.withSearch("alv")))
                    .as("accent-insensitive, indexed=%s", indexed)
                    .containsExactly("José Álvarez");
            assertThat(names(LeadFilter.NONE.withSearch("ACME"))).containsExactly("José Álvarez");
            assertThat(names(LeadFilter.NONE.withSearch("schmidt anna"))).containsExactly("Anna Schmidt");
            assertThat(names(LeadFilter.NONE.withSearch("987 65"))).containsExactly("Anna Schmidt");
            assertThat(names(LeadFilter.NONE.withSearch("петр"))).containsExactly("Ивана Петрова");
            assertThat(names(LeadFilter.NONE.withSearch("example"))).hasSize(3);
            assertThat(names(LeadFilter.NONE.withSearch("zzz"))).isEmpty();
            assertThat(leads.count(LeadFilter.NONE.withSearch("example"))).isEqualTo(3);
            assertThat(leads.count(LeadFilter.NONE.withSearch("100%_"))).isZero();
        }
    }

    @Test
    void searchIndexFollowsEditsAndDeletes() {
        leads.loadSearchIndex();
        Lead ann = leads.create(lead("Ann", "Lee", "ann@example.com").build());
        assertThat(names(LeadFilter.NONE.withSearch("lee"))).containsExactly("Ann Lee");
        leads.update(ann.id(), ann.data().toBuilder().lastName("Park").build());
        assertThat(names(LeadFilter.NONE.withSearch("lee"))).isEmpty();
        assertThat(names(LeadFilter.NONE.withSearch("park"))).containsExactly("Ann Park");
        leads.deleteAll(List.of(ann.id()));
        assertThat(names(LeadFilter.NONE.withSearch("park"))).isEmpty();
    }

    @Test
    void filtersByCreatedDateChannelAndTags() {
        Channel ads = app.channels().ensure("Ads");
        Channel blog = app.channels().ensure("Blog");
        leads.create(lead("A", "One", "a@example.com")
                .createdAt(OffsetDateTime.parse("2026-01-10T23:30:00Z"))
                .channelId(ads.id())
                .tags(List.of("vip", "event"))
                .build());
        leads.create(lead("B", "Two", "b@example.com")
                .createdAt(OffsetDateTime.parse("2026-01-11T12:00:00Z"))
                .channelId(blog.id())
                .tags(List.of("vip"))
                .build());
        leads.create(lead("C", "Three", "c@example.com")
                .createdAt(OffsetDateTime.parse("2026-02-01T12:00:00Z"))
                .build());

        // 2026-01-10T23:30Z is already the 11th in Berlin, the clock's zone.
        var jan11 = new LeadFilter(
                null, java.time.LocalDate.of(2026, 1, 11), java.time.LocalDate.of(2026, 1, 11), null, List.of());
        assertThat(names(jan11)).containsExactlyInAnyOrder("A One", "B Two");
        assertThat(names(new LeadFilter(null, null, null, ads.id(), List.of()))).containsExactly("A One");
        assertThat(names(new LeadFilter(null, null, null, null, List.of("VIP"))))
                .containsExactlyInAnyOrder("A One", "B Two");
        assertThat(names(new LeadFilter(null, null, null, null, List.of("vip", "event"))))
                .containsExactly("A One");
        assertThat(leads.count(new LeadFilter("two", null, null, null, List.of("vip"))))
                .isEqualTo(1);
    }

    @Test
    void channelsAreMatchedByFoldedName() {
        int seeded = app.channels().all().size();
        Channel first = app.channels().ensure("Facebook Lead Ads");
        Channel again = app.channels().ensure("  facebook lead ads ");
        Channel seededOne = app.channels().ensure("GOOGLE ads");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(seededOne.name()).isEqualTo("Google Ads");
        assertThat(app.channels().all()).hasSize(seeded + 1);
    }

    private List<String> names(LeadFilter filter) {
        return leads.page(filter, LeadSort.NEWEST_FIRST, PageRequest.first(50)).rows().stream()
                .map(LeadRow::name)
                .toList();
    }
}
