package app.leadkeeper.importing;

import app.leadkeeper.leads.EmailAddresses;

/**
 * {@link EmailAddresses#isValid} without a regular expression for the common case: for ASCII addresses a scan gives
 * the same answer (a property test holds them equal); anything else goes to the shared rule.
 */
final class Emails {
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

    private Emails() {}

    /** Whether a stripped value is a valid email address, exactly as {@link EmailAddresses#isValid} decides. */
    static boolean isValid(String email) {
        int n = email.length();
        for (int i = 0; i < n; i++) {
            char c = email.charAt(i);
            if (c >= 128 || c <= ' ') {
                return EmailAddresses.isValid(email);
            }
        }
        if (n > 254 || n == 0 || email.charAt(0) == '.') {
            return false;
        }
        int at = email.indexOf('@');
        if (at < 1 || at > 64 || email.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = email.charAt(i);
            if (!isAlnum(c) && LOCAL_SPECIALS.indexOf(c) < 0) {
                return false;
            }
            if (c == '.' && (i + 1 == at || email.charAt(i + 1) == '.')) {
                return false; // ".." or ".@"
            }
        }
        return isDomain(email, at + 1, n);
    }

    /** One or more labels of letters, digits and inner hyphens (at most 63), then a top-level domain of letters. */
    private static boolean isDomain(String s, int start, int end) {
        int lastDot = s.lastIndexOf('.');
        if (lastDot < start) {
            return false;
        }
        int tld = end - lastDot - 1;
        if (tld < 2 || tld > 63) {
            return false;
        }
        for (int i = lastDot + 1; i < end; i++) {
            if (!isLetter(s.charAt(i))) {
                return false;
            }
        }
        int labelStart = start;
        for (int i = start; i <= lastDot; i++) {
            if (s.charAt(i) == '.') {
                if (!isLabel(s, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return true;
    }

    private static boolean isLabel(String s, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 63 || !isAlnum(s.charAt(start)) || !isAlnum(s.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }
}
