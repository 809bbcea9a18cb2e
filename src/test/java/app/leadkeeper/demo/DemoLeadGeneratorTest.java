package app.leadkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.EmailAddresses;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadValidator;
import app.leadkeeper.leads.PhoneNumbers;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.leads.Validation;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoLeadGeneratorTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    static final Map<DemoChannel, Long> CHANNEL_IDS = channelIds();

    private static List<LeadData> leads;

    @BeforeAll
    static void generate() {
        leads = DemoLeadGenerator.seeded(7, CLOCK, CHANNEL_IDS).next(5_000);
    }

    static Map<DemoChannel, Long> channelIds() {
        Map<DemoChannel, Long> ids = new EnumMap<>(DemoChannel.class);
        for (DemoChannel channel : DemoChannel.values()) {
            ids.put(channel, 100L + channel.ordinal());
        }
        return ids;
    }

    @Test
    void theSameSeedGivesTheSameLeads() {
        List<LeadData> first = DemoLeadGenerator.seeded(42, CLOCK, CHANNEL_IDS).next(300);
        List<LeadData> second = DemoLeadGenerator.seeded(42, CLOCK, CHANNEL_IDS).next(300);
        List<LeadData> other = DemoLeadGenerator.seeded(43, CLOCK, CHANNEL_IDS).next(300);

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void batchesAndSingleLeadsGiveTheSameSequence() {
        DemoLeadGenerator oneByOne = new DemoLeadGenerator(new SplittableRandom(5), CLOCK, CHANNEL_IDS);
        List<LeadData> singles = List.of(oneByOne.next(), oneByOne.next(), oneByOne.next());

        assertThat(DemoLeadGenerator.seeded(5, CLOCK, CHANNEL_IDS).next(3)).isEqualTo(singles);
    }

    @Test
    void everyLeadPassesValidation() {
        LeadValidator validator = new LeadValidator(new PhoneNumbers("US"));

        List<String> problems = leads.stream()
                .map(validator::validate)
                .filter(v -> !v.isValid())
                .map(Validation::summary)
                .toList();

        assertThat(problems).isEmpty();
    }

    @Test
    void namesComeInSeveralScriptsAndLatinOnesKeepTheirAccents() {
        Set<Character.UnicodeScript> scripts = leads.stream()
                .map(l -> Character.UnicodeScript.of(l.lastName().codePointAt(0)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Character.UnicodeScript.class)));

        assertThat(scripts)
                .contains(
                        Character.UnicodeScript.LATIN,
                        Character.UnicodeScript.CYRILLIC,
                        Character.UnicodeScript.GREEK,
                        Character.UnicodeScript.HAN,
                        Character.UnicodeScript.ARABIC);
        assertThat(leads)
                .extracting(LeadData::lastName)
                .anyMatch(n -> n.matches(".*[łńśźżąęó].*"))
                .anyMatch(n -> n.matches(".*[äöüß].*"))
                .anyMatch(n -> n.matches(".*[áéíóúñ].*"));
    }

    @Test
    void familyNameFirstCulturesGetAFullNameInTheirOrder() {
        assertThat(leads)
                .filteredOn(l -> Character.UnicodeScript.of(l.lastName().codePointAt(0)) == Character.UnicodeScript.HAN)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.fullName()).startsWith(l.lastName()));
    }

    @Test
    void emailsAreValidAsciiAddresses() {
        assertThat(leads).extracting(LeadData::email).allSatisfy(email -> {
            assertThat(email).matches("[\\x21-\\x7e]+");
            assertThat(EmailAddresses.isValid(email)).as(email).isTrue();
        });
        assertThat(leads).extracting(LeadData::email).anyMatch(e -> e.endsWith("@gmail.com"));
    }

    @Test
    void createdDatesSpreadOverTheLastEighteenMonthsWithSomewhatMoreRecently() {
        Instant now = CLOCK.instant();
        Instant start = ZonedDateTime.now(CLOCK).minusMonths(18).toInstant();
        Instant middle = start.plusSeconds((now.getEpochSecond() - start.getEpochSecond()) / 2);

        assertThat(leads)
                .allSatisfy(l -> assertThat(l.created().at().toInstant()).isBetween(start, now));
        long older = leads.stream()
                .filter(l -> l.created().at().toInstant().isBefore(middle))
                .count();
        long newer = leads.size() - older;
        assertThat(newer).isGreaterThan(older);
        assertThat(older).isGreaterThan(leads.size() / 3);
        assertThat(leads).anyMatch(l -> !l.created().zoneKnown());
    }

    @Test
    void aboutSevenInTenHaveAPhoneThatIsValidForItsCountryInE164() throws NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> phones =
                leads.stream().map(LeadData::phone).filter(p -> p != null).toList();

        assertThat(phones.size()).isBetween(leads.size() * 60 / 100, leads.size() * 80 / 100);
        Set<String> regions = new java.util.HashSet<>();
        for (String phone : phones) {
            PhoneNumber number = util.parse(phone, "ZZ");
            assertThat(util.isValidNumber(number)).as(phone).isTrue();
            assertThat(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    .isEqualTo(phone);
            regions.add(util.getRegionCodeForNumber(number));
        }
        assertThat(regions).hasSizeGreaterThan(15);
        assertThat(new java.util.HashSet<>(phones).size()).isGreaterThan(phones.size() * 99 / 100);
    }

    @Test
    void channelsCarryCampaignsUtmAndDirection() {
        long google = CHANNEL_IDS.get(DemoChannel.GOOGLE_ADS);
        long cold = CHANNEL_IDS.get(DemoChannel.COLD_LIST);
        long blog = CHANNEL_IDS.get(DemoChannel.BLOG);

        assertThat(leads).extracting(LeadData::channelId).containsOnlyElementsOf(CHANNEL_IDS.values());
        assertThat(leads).filteredOn(l -> l.channelId() == google).allSatisfy(l -> {
            assertThat(l.utm().source()).isEqualTo("google");
            assertThat(l.utm().medium()).isEqualTo("cpc");
        });
        assertThat(leads)
                .filteredOn(l -> l.channelId() == blog)
                .allSatisfy(l -> assertThat(l.utm().source()).isNull());
        assertThat(leads)
                .filteredOn(LeadData::outbound)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.channelId()).isEqualTo(cold));
        assertThat(leads)
                .filteredOn(l -> l.channelId() == google)
                .anyMatch(l -> l.campaign() != null && l.offer() != null && l.landingPage() != null);
    }

    @Test
    void consentQualificationAndTagsFollowARealisticMix() {
        long yes =
                leads.stream().filter(l -> l.consent().state() == Consent.YES).count();
        Map<Qualification, Long> byQualification =
                leads.stream().collect(Collectors.groupingBy(LeadData::qualification, Collectors.counting()));

        assertThat(yes).isGreaterThan(leads.size() * 7L / 10);
        assertThat(leads)
                .filteredOn(l -> l.consent().state() == Consent.YES)
                .allSatisfy(l -> assertThat(l.consent().at()).isNotNull());
        assertThat(leads).anyMatch(l -> l.consent().state() == Consent.UNKNOWN);
        assertThat(byQualification.get(Qualification.LEAD)).isGreaterThan(leads.size() / 2L);
        assertThat(byQualification).containsKeys(Qualification.MQL, Qualification.SQL, Qualification.CUSTOMER);
        assertThat(leads).flatExtracting(LeadData::tags).contains("vip", "newsletter");
        assertThat(leads).flatExtracting(LeadData::tags).anyMatch(t -> t.startsWith("event-"));
        assertThat(leads.stream().filter(l -> !l.customFields().isEmpty()).count())
                .isBetween(1L, leads.size() / 20L);
    }

    @Test
    void aMissingChannelIdIsRefused() {
        Map<DemoChannel, Long> partial = new EnumMap<>(CHANNEL_IDS);
        partial.remove(DemoChannel.WEBINAR);

        assertThatThrownBy(() -> DemoLeadGenerator.seeded(1, CLOCK, partial))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Webinar");
    }
}
