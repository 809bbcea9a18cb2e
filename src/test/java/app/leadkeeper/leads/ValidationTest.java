package app.leadkeeper.leads;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.core.TextKeys;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {
    private final PhoneNumbers phones = new PhoneNumbers("DE");
    private final LeadValidator validator = new LeadValidator(phones);

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "o'brien+leads@mail.example.co.uk", "jürgen@müller.de", "a.b-c@x-y.io"})
    void acceptsRealAddresses(String email) {
        assertThat(EmailAddresses.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ann",
                "ann@",
                "@example.com",
                "ann@example",
                "ann@@example.com",
                "ann smith@example.com",
                ".ann@example.com",
                "ann..b@example.com",
                "ann.@example.com",
                "ann@-example.com"
            })
    void refusesBrokenAddresses(String email) {
        assertThat(EmailAddresses.isValid(email)).isFalse();
    }

    @Test
    void phonesAreNormalisedInTheDefaultRegion() {
        assertThat(phones.toE164("030 1234567")).contains("+49301234567");
        assertThat(phones.toE164("+1 (415) 555-2671")).contains("+14155552671");
        assertThat(phones.toE164("0044 20 7946 0958")).contains("+442079460958");
        assertThat(phones.toE164("12")).isEmpty();
        assertThat(phones.toE164("call me")).isEmpty();
        assertThat(PhoneNumbers.display("+49301234567", "030 1234567")).isEqualTo("+49 30 1234567");
    }

    @Test
    void aLeadNeedsANameAnEmailOrAPhone() {
        assertThat(validator.validate(LeadData.builder().build()).problems()).containsOnlyKeys(LeadField.NAME);
        assertThat(validator
                        .validate(LeadData.builder().fullName("Ann Lee").build())
                        .isValid())
                .isTrue();
        assertThat(validator
                        .validate(LeadData.builder().email("a@example.com").build())
                        .isValid())
                .isTrue();
        assertThat(validator
                        .validate(LeadData.builder().phone("+49 30 1234567").build())
                        .isValid())
                .isTrue();
    }

    @Test
    void everyProblemNamesItsField() {
        Validation validation = validator.validate(LeadData.builder()
                .firstName("Ann")
                .email("nope")
                .phone("123")
                .website("not a site")
                .tags(List.of("x".repeat(101)))
                .build());
        assertThat(validation.problems())
                .containsOnlyKeys(LeadField.EMAIL, LeadField.PHONE, LeadField.WEBSITE, LeadField.TAGS);
        assertThat(validation.summary()).contains("Email: \"nope\" is not a valid email address");
    }

    @Test
    void foldingIgnoresCaseAccentsAndSpaces() {
        assertThat(TextKeys.fold("  José   ÁLVAREZ ")).isEqualTo("jose alvarez");
        assertThat(TextKeys.fold("Straße Łódź")).isEqualTo("strasse lodz");
        assertThat(TextKeys.fold(null)).isEmpty();
        assertThat(TextKeys.digits("+49 (30) 123-45")).isEqualTo("493012345");
    }

    @Property
    void validationNeverThrows(@ForAll String first, @ForAll String email, @ForAll String phone) {
        Validation validation = validator.validate(
                LeadData.builder().firstName(first).email(email).phone(phone).build());
        assertThat(validation).isNotNull();
    }

    @Property
    void foldingIsIdempotent(@ForAll String text) {
        assertThat(TextKeys.fold(TextKeys.fold(text))).isEqualTo(TextKeys.fold(text));
    }

    @Property
    void searchWordsAreFolded(@ForAll String typed) {
        for (String word : SearchQuery.words(typed)) {
            assertThat(word).isNotBlank().isEqualTo(TextKeys.fold(word));
        }
    }
}
