package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.Utm;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParsersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Anna Schmidt             | Anna         | Schmidt",
                "Ludwig van Beethoven     | Ludwig       | van Beethoven",
                "María de la Cruz         | María        | de la Cruz",
                "Martin Luther King Jr.   | Martin Luther | King Jr.",
                "Schmidt, Anna            | Anna         | Schmidt",
                "Cher                     | Cher         |",
                "Anna  Maria   Schmidt    | Anna Maria   | Schmidt"
            })
    void splitsFullNames(String full, String first, String last) {
        PersonNames.Parts parts = PersonNames.split(full.strip());
        assertThat(parts.first()).isEqualTo(first);
        assertThat(parts.last()).isEqualTo(last);
    }

    @Test
    void joinsFirstAndLastName() {
        assertThat(PersonNames.join("Anna", "Schmidt")).isEqualTo("Anna Schmidt");
        assertThat(PersonNames.join(null, "Schmidt")).isEqualTo("Schmidt");
        assertThat(PersonNames.join(null, null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234,56 €   | true  | 1234.56",
                "$1,234.56    | false | 1234.56",
                "12,5         | true  | 12.5",
                "1,200        | false | 1200",
                "1,200        | true  | 1.200",
                "1.200        | true  | 1200",
                "1 200        | true  | 1200",
                "EUR 99       | false | 99",
                "-5           | false | -5",
                "ten          | false |",
                "50k          | false |"
            })
    void readsAmountsWithDecimalCommas(String text, boolean decimalComma, BigDecimal expected) {
        BigDecimal value = Numbers.decimal(text.strip(), decimalComma);
        if (expected == null) {
            assertThat(value).isNull();
        } else {
            assertThat(value).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "50 | 50",
                "1.000 | 1000",
                "11-50 | 11",
                "51–200 | 51",
                "1000+ | 1000",
                "500 employees | 500",
                "ca. 20 | 20",
                "Small |",
                "-5 |"
            })
    void readsCompanySizes(String text, Integer expected) {
        assertThat(Numbers.companySize(text.strip())).isEqualTo(expected);
    }

    @Test
    void readsUtmParametersFromALandingPage() {
        assertThat(UtmParameters.of("https://x.com/p?utm_source=google&utm_medium=cpc&utm_campaign=spring+sale"
                        + "&utm_term=crm%20tool&utm_content=ad1#form"))
                .isEqualTo(new Utm("google", "cpc", "spring sale", "crm tool", "ad1"));
        assertThat(UtmParameters.of("https://x.com/p?UTM_SOURCE=Newsletter&x=1"))
                .isEqualTo(new Utm("Newsletter", null, null, null, null));
        assertThat(UtmParameters.of("https://x.com/p?utm_source=%E2%82%AC%ZZ"))
                .extracting(Utm::source)
                .isEqualTo("%E2%82%AC%ZZ");
        assertThat(UtmParameters.of("https://x.com/utm_source/")).isEqualTo(Utm.NONE);
        assertThat(UtmParameters.of(null)).isEqualTo(Utm.NONE);
    }

    @ParameterizedTest
    @CsvSource({
        "9.19876E+11, true",
        "'4,91701E+12', true",
        "1E5, true",
        "+49 170 1234567, false",
        "E+11, false",
        "9.1E, false",
        "0170e, false"
    })
    void recognisesPhonesASpreadsheetTurnedIntoNumbers(String text, boolean scientific) {
        assertThat(PhoneValues.isScientific(text)).isEqualTo(scientific);
    }

    @Test
    void stripsMetasPhonePrefix() {
        assertThat(PhoneValues.withoutPrefix("p:+491701234567")).isEqualTo("+491701234567");
        assertThat(PhoneValues.withoutPrefix("P: +49 170")).isEqualTo("+49 170");
        assertThat(PhoneValues.withoutPrefix("+49 170")).isEqualTo("+49 170");
    }

    @Test
    void splitsTags() {
        assertThat(TagLists.split("vip, newsletter;b2b | vip")).containsExactly("vip", "newsletter", "b2b");
        assertThat(TagLists.split("\"vip\",\"customer\"")).containsExactly("vip", "customer");
        assertThat(TagLists.split(" , ;")).isEmpty();
        assertThat(TagLists.split("x".repeat(101))).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yes | YES",
                "Ja | YES",
                "oui | YES",
                "Sí | YES",
                "1 | YES",
                "TRUE | YES",
                "checked | YES",
                "I agree to the privacy policy | YES",
                "no | NO",
                "Nein | NO",
                "non | NO",
                "0 | NO",
                "false | NO",
                "I do not agree | NO",
                "'   ' |"
            })
    void readsConsentAnswers(String value, Consent expected) {
        assertThat(ConsentAnswers.of(value)).isEqualTo(expected);
    }

    @Test
    void namesChannelsAsPeopleDo() {
        assertThat(Channels.name("fb")).isEqualTo("Facebook");
        assertThat(Channels.name(" GOOGLE ")).isEqualTo("Google");
        assertThat(Channels.name("PAID_SOCIAL")).isEqualTo("Paid Social");
        assertThat(Channels.name("Trade fair Cologne")).isEqualTo("Trade fair Cologne");
        assertThat(Channels.name("  ")).isNull();
        assertThat(Preset.of(SourceTool.META_LEAD_ADS).channelFor("ig")).isEqualTo("Instagram Lead Ads");
        assertThat(Preset.of(SourceTool.GENERIC).channelFor("ig")).isEqualTo("Instagram");
    }

    @Property
    void valueParsersNeverThrow(@ForAll String text) {
        PersonNames.split(text.isBlank() ? "x" : text);
        Numbers.decimal(text, true);
        Numbers.companySize(text);
        UtmParameters.of(text);
        PhoneValues.isScientific(text);
        PhoneValues.withoutPrefix(text);
        TagLists.split(text);
        ConsentAnswers.of(text);
        Channels.name(text);
        HeaderNames.clean(text);
        Synonyms.target(text);
    }
}
