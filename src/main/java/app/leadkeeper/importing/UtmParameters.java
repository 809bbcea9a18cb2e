package app.leadkeeper.importing;

import app.leadkeeper.leads.Utm;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The utm_* parameters of a landing page address, by a scan of its query string. */
final class UtmParameters {
    private UtmParameters() {}

    /** The UTM parameters in the query of this address; {@link Utm#NONE} when it carries none. */
    static Utm of(String url) {
        if (url == null) {
            return Utm.NONE;
        }
        int query = url.indexOf('?');
        if (query < 0 || url.indexOf("utm_", query) < 0 && url.indexOf("UTM_", query) < 0) {
            return Utm.NONE;
        }
        int end = url.indexOf('#', query);
        if (end < 0) {
            end = url.length();
        }
        String source = null;
        String medium = null;
        String campaign = null;
        String term = null;
        String content = null;
        int start = query + 1;
        while (start < end) {
            int amp = url.indexOf('&', start);
            int stop = amp < 0 || amp > end ? end : amp;
            int eq = url.indexOf('=', start);
            if (eq > start && eq < stop) {
                String name = url.substring(start, eq).toLowerCase(Locale.ROOT);
                String value = decode(url.substring(eq + 1, stop));
                switch (name) {
                    case "utm_source" -> source = source == null ? value : source;
                    case "utm_medium" -> medium = medium == null ? value : medium;
                    case "utm_campaign" -> campaign = campaign == null ? value : campaign;
                    case "utm_term" -> term = term == null ? value : term;
                    case "utm_content" -> content = content == null ? value : content;
                    default -> {}
                }
            }
            start = stop + 1;
        }
        return new Utm(source, medium, campaign, term, content);
    }

    private static String decode(String value) {
        String decoded = value;
        if (value.indexOf('%') >= 0 || value.indexOf('+') >= 0) {
            try {
                decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = value; // a stray '%' in a hand-typed link: keep the text as written
            }
        }
        decoded = decoded.strip();
        return decoded.isEmpty() ? null : decoded;
    }
}
