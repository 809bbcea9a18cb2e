package app.leadkeeper.importing;

import app.leadkeeper.core.TextKeys;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Channel names as the files write them ("fb", "google", "PAID_SOCIAL") turned into the names people use. */
final class Channels {
    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        known("Google", "google", "google.com", "www.google.com");
        known("Google Ads", "google ads", "googleads", "adwords", "google adwords", "google cpc");
        known("Facebook", "facebook", "fb", "facebook.com", "m.facebook.com", "l.facebook.com");
        known("Instagram", "instagram", "ig", "instagram.com", "l.instagram.com");
        known("LinkedIn", "linkedin", "linkedin.com", "lnkd.in");
        known("X (Twitter)", "twitter", "x", "t.co", "twitter.com");
        known("TikTok", "tiktok", "tiktok.com");
        known("YouTube", "youtube", "youtube.com", "yt");
        known("Bing", "bing", "bing.com");
        known("Newsletter", "newsletter");
        known("Email", "email", "e-mail", "mail");
    }

    private Channels() {}

    private static void known(String name, String... spellings) {
        for (String spelling : spellings) {
            KNOWN.put(spelling, name);
        }
    }

    /** The channel name for a value of a channel, source or utm_source column; null for blank text. */
    static String name(String value) {
        String text = TextKeys.clean(value);
        if (text == null) {
            return null;
        }
        String known = KNOWN.get(TextKeys.fold(text));
        if (known != null) {
            return known;
        }
        return isShoutedCode(text) ? words(text) : text;
    }

    /** HubSpot writes its sources as codes such as PAID_SOCIAL. */
    private static boolean isShoutedCode(String text) {
        boolean underscore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                underscore = true;
            } else if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return underscore;
    }

    private static String words(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (String word : code.split("_")) {
            if (!word.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
