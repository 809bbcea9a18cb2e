package app.leadkeeper.leads;

import app.leadkeeper.core.TextKeys;

/** How a lead's name is shown and sorted. */
public final class LeadNames {
    private LeadNames() {}

    public static String display(String first, String last, String full) {
        String f = TextKeys.clean(full);
        if (f != null) {
            return f;
        }
        String a = TextKeys.clean(first);
        String b = TextKeys.clean(last);
        if (a != null && b != null) {
            return a + " " + b;
        }
        return a != null ? a : b != null ? b : "";
    }

    /** Sorts by last name, then first name; a full name without parts sorts as written. */
    public static String sortKey(String first, String last, String full) {
        String b = TextKeys.clean(last);
        String a = TextKeys.clean(first);
        if (a == null && b == null) {
            return TextKeys.fold(full);
        }
        return TextKeys.fold((b == null ? "" : b) + " " + (a == null ? "" : a));
    }
}
