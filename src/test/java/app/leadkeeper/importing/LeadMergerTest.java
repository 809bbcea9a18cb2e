package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentMethod;
import app.leadkeeper.leads.ConsentRecord;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Utm;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LeadMergerTest {
    private static final OffsetDateTime MAY = OffsetDateTime.parse("2026-05-01T09:00:00+02:00");

    @Test
    void fillsEmptyFieldsKeepsExistingValuesAndReportsConflicts() {
        LeadData existing = LeadData.builder()
                .firstName("Ada")
                .email("ada@example.com")
                .company("Acme")
                .createdAt(MAY)
                .tags(List.of("vip"))
                .customFields(Map.of("Fleet", "3"))
                .build();
        LeadData incoming = LeadData.builder()
                .firstName("Ada")
                .lastName("Lovelace")
                .email("ADA@example.com")
                .company("Globex")
                .phone("+44 20 7946 0958")
                .utm(new Utm("google", null, null, null, null))
                .createdAt(MAY.minusDays(10))
                .tags(List.of("VIP", "event"))
                .customFields(Map.of("Fleet", "4", "Source", "Fair"))
                .consent(new ConsentRecord(Consent.YES, MAY, ConsentMethod.FORM, "form"))
                .build();

        LeadMerger.Result result = LeadMerger.merge(existing, incoming);

        LeadData merged = result.merged();
        assertThat(merged.lastName()).isEqualTo("Lovelace");
        assertThat(merged.company()).isEqualTo("Acme");
        assertThat(merged.email()).isEqualTo("ada@example.com");
        assertThat(merged.phone()).isEqualTo("+44 20 7946 0958");
        assertThat(merged.utm().source()).isEqualTo("google");
        assertThat(merged.created().at()).isEqualTo(MAY.minusDays(10));
        assertThat(merged.tags()).containsExactly("vip", "event");
        assertThat(merged.customFields()).containsEntry("Fleet", "3").containsEntry("Source", "Fair");
        assertThat(merged.consent().state()).isEqualTo(Consent.YES);
        assertThat(result.conflicts())
                .extracting(LeadMerger.Conflict::field)
                .containsExactlyInAnyOrder("company", "custom:Fleet");
        assertThat(result.changes())
                .extracting(LeadMerger.Change::field)
                .containsExactlyInAnyOrder(
                        "last_name", "phone", "utm_source", "created_at", "consent", "tag:event", "custom:Source");
    }

    @Test
    void nothingNewMeansNoChange() {
        LeadData existing = LeadData.builder()
                .firstName("Ada")
                .email("ada@example.com")
                .createdAt(MAY)
                .build();
        LeadMerger.Result result = LeadMerger.merge(
                existing,
                LeadData.builder()
                        .email("ada@example.com")
                        .createdAt(MAY.plusDays(1))
                        .build());
        assertThat(result.changed()).isFalse();
        assertThat(result.merged()).isEqualTo(existing);
    }

    @Property(tries = 300)
    void revertUndoesEveryMerge(@ForAll("leads") LeadData existing, @ForAll("leads") LeadData incoming) {
        LeadMerger.Result result = LeadMerger.merge(existing, incoming);
        LeadData reverted = LeadMerger.revert(result.merged(), result.changes());
        assertThat(reverted.toBuilder().consent(existing.consent()).build()).isEqualTo(existing);
    }

    @Provide
    Arbitrary<LeadData> leads() {
        Arbitrary<String> text = Arbitraries.of(null, "", "Ada", "Bob", "acme", "x y");
        Arbitrary<OffsetDateTime> when = Arbitraries.integers().between(0, 100).map(MAY::plusHours);
        Arbitrary<List<String>> tags =
                Arbitraries.of("vip", "VIP", "event", "x").list().ofMaxSize(3).uniqueElements();
        Arbitrary<Map<String, String>> custom = Arbitraries.maps(
                        Arbitraries.of("A", "B"), Arbitraries.of("1", "2", " "))
                .ofMaxSize(2);
        return Combinators.combine(text, text, text, when, tags, custom, Arbitraries.of(true, false))
                .as((first, company, campaign, at, t, c, zoneKnown) -> LeadData.builder()
                        .firstName(first)
                        .company(company)
                        .campaign(campaign)
                        .utm(new Utm(campaign, null, null, null, null))
                        .created(new CreatedAt(at, zoneKnown))
                        .tags(t)
                        .customFields(c)
                        .build());
    }
}
