package app.leadkeeper.leads;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email syntax as people type it: one @, a local part, a domain with a dot; letters of any script allowed. */
public final class EmailAddresses {
    private static final Pattern SYNTAX = Pattern.compile(
            "^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                    + "[\\p{L}]{2,63}$");

    private EmailAddresses() {}

    public static boolean isValid(String email) {
        if (email == null) {
            return false;
        }
        String e = email.strip();
        return e.length() <= 254
                && !e.startsWith(".")
                && !e.contains("..")
                && !e.contains(".@")
                && SYNTAX.matcher(e).matches();
    }

    /** The form used to match duplicates: trimmed and lower-cased. */
    public static String key(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
