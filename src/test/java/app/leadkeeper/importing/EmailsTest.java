package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.leads.EmailAddresses;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scan gives the shared rule's answer, so an imported email passes the lead editor's check too. */
class EmailsTest {

    @ParameterizedTest
    @CsvSource({
        "anna@example.com, true",
        "first.last+tag@sub.example.co.uk, true",
        "o'brien@example.ie, true",
        "jürgen@müller.de, true",
        "bob@, false",
        "@example.com, false",
        "a..b@example.com, false",
        "a.@example.com, false",
        ".a@example.com, false",
        "a@example, false",
        "a@-x.com, false",
        "a@x-.com, false",
        "a@x.c0m, false",
        "a b@example.com, false",
        "a@b@example.com, false"
    })
    void examples(String email, boolean valid) {
        assertThat(Emails.isValid(email)).isEqualTo(valid);
        assertThat(EmailAddresses.isValid(email)).isEqualTo(valid);
    }

    @Property(tries = 3000)
    void agreesWithTheSharedRule(@ForAll("emailLike") String text) {
        String email = text.strip();
        assertThat(Emails.isValid(email)).as(email).isEqualTo(EmailAddresses.isValid(email));
    }

    @Provide
    Arbitrary<String> emailLike() {
        Arbitrary<String> part = Arbitraries.strings()
                .withChars("abcXYZ019.-_+!#$%&'*/=?^`{|}~ \"(),:;<>[\\]é")
                .ofMinLength(0)
                .ofMaxLength(12);
        Arbitrary<String> label =
                Arbitraries.strings().withChars("abz09-").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> tld =
                Arbitraries.strings().withChars("acomz9-").ofMinLength(0).ofMaxLength(5);
        Arbitrary<String> structured = Combinators.combine(part, label, label, tld)
                .as((local, a, b, t) -> local + "@" + a + (b.isEmpty() ? "" : "." + b) + "." + t);
        Arbitrary<String> anything =
                Arbitraries.strings().withChars("ab.@-_é 9").ofMaxLength(20);
        Arbitrary<String> long1 = Arbitraries.strings()
                .withChars("a")
                .ofMinLength(60)
                .ofMaxLength(70)
                .map(s -> s + "@x.de");
        return Arbitraries.oneOf(structured, anything, long1);
    }
}
