package app.leadkeeper.leads;

import app.leadkeeper.core.TextKeys;

/** The folded text a lead is found by: names, email, company and phone digits. */
public final class SearchText {
    static final int MAX_LENGTH = 1200;

    private SearchText() {}

    public static String of(LeadData d, String phoneE164) {
        StringBuilder text = new StringBuilder(128);
        append(text, TextKeys.fold(d.firstName()));
        append(text, TextKeys.fold(d.lastName()));
        append(text, TextKeys.fold(d.fullName()));
        append(text, TextKeys.fold(d.email()));
        append(text, TextKeys.fold(d.company()));
        append(text, TextKeys.digits(phoneE164 != null ? phoneE164 : d.phone()));
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!part.isEmpty()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(part);
        }
    }
}
