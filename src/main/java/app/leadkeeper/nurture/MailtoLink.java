package app.leadkeeper.nurture;

import java.nio.charset.StandardCharsets;

/**
 * A {@code mailto:} link (RFC 6068) that opens the user's own mail program with the recipient, subject and body filled
 * in: nothing is sent by Leadkeeper, no mail server or password is involved. Every character outside the unreserved
 * set is percent-encoded as UTF-8, line breaks become CRLF as the RFC asks.
 */
public final class MailtoLink {
    private MailtoLink() {}

    public static String of(String to, String subject, String body) {
        StringBuilder link = new StringBuilder("mailto:");
        if (to != null) {
            link.append(encode(to.strip(), "@"));
        }
        String separator = "?";
        if (subject != null && !subject.isBlank()) {
            link.append(separator).append("subject=").append(encode(subject, ""));
            separator = "&";
        }
        if (body != null && !body.isBlank()) {
            String crlf = body.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
            link.append(separator).append("body=").append(encode(crlf, ""));
        }
        return link.toString();
    }

    private static String encode(String text, String alsoSafe) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || alsoSafe.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
                out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
