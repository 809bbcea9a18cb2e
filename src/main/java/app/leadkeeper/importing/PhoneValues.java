package app.leadkeeper.importing;

/** Phone cells as exports write them: Meta's "p:" prefix, and numbers a spreadsheet turned into 9.19876E+11. */
final class PhoneValues {
    private PhoneValues() {}

    /** The number without Meta's "p:" type prefix. */
    static String withoutPrefix(String value) {
        if (value.length() > 2 && (value.charAt(0) == 'p' || value.charAt(0) == 'P') && value.charAt(1) == ':') {
            return value.substring(2).strip();
        }
        return value;
    }

    /**
     * Whether a spreadsheet wrote the number in scientific notation ("9.19876E+11", "4,91701E+12"): its last digits
     * are gone, and reading it as a number would store a wrong one.
     */
    static boolean isScientific(String value) {
        int i = 0;
        int n = value.length();
        if (i < n && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i++;
        }
        int mantissa = 0;
        while (i < n && isDigit(value.charAt(i))) {
            i++;
            mantissa++;
        }
        if (i < n && (value.charAt(i) == '.' || value.charAt(i) == ',')) {
            i++;
            while (i < n && isDigit(value.charAt(i))) {
                i++;
                mantissa++;
            }
        }
        if (mantissa == 0 || i >= n || (value.charAt(i) != 'E' && value.charAt(i) != 'e')) {
            return false;
        }
        i++;
        if (i < n && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i++;
        }
        int exponent = 0;
        while (i < n && isDigit(value.charAt(i))) {
            i++;
            exponent++;
        }
        return exponent > 0 && i == n;
    }

    static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
