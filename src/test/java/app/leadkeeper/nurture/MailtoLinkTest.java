package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MailtoLinkTest {
    @Test
    void encodesSubjectAndBodyAsTheRfcAsks() {
        String link = MailtoLink.of("ada@example.com", "Hello & welcome, Zoë", "Line one\nLine two?=100%");
        assertThat(link)
                .isEqualTo("mailto:ada@example.com?subject=Hello%20%26%20welcome%2C%20Zo%C3%AB"
                        + "&body=Line%20one%0D%0ALine%20two%3F%3D100%25");
        URI uri = URI.create(link);
        assertThat(uri.getScheme()).isEqualTo("mailto");
    }

    @Test
    void withoutAnAddressOrBodyTheLinkStaysValid() {
        assertThat(MailtoLink.of(null, "Hi", null)).isEqualTo("mailto:?subject=Hi");
        assertThat(MailtoLink.of("a+b@example.com", null, "x")).isEqualTo("mailto:a%2Bb@example.com?body=x");
    }
}
