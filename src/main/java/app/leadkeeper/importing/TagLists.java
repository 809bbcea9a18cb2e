package app.leadkeeper.importing;

import java.util.ArrayList;
import java.util.List;

/** Tags from one cell: split on ',' ';' or '|', quotes around each (as Mailchimp writes them) removed. */
final class TagLists {
    /** Longer text is not a tag (the lead editor refuses such tags): the value stays a custom field. */
    static final int MAX_TAG_LENGTH = 100;

    private TagLists() {}

    /** The distinct tags in this value, in order; null when one is longer than {@link #MAX_TAG_LENGTH}. */
    static List<String> split(String value) {
        List<String> tags = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ',' || value.charAt(i) == ';' || value.charAt(i) == '|') {
                String tag = unquote(value.substring(start, i).strip());
                if (tag.length() > MAX_TAG_LENGTH) {
                    return null;
                }
                if (!tag.isEmpty() && !tags.contains(tag)) {
                    tags.add(tag);
                }
                start = i + 1;
            }
        }
        return tags;
    }

    private static String unquote(String tag) {
        if (tag.length() >= 2 && tag.charAt(0) == '"' && tag.charAt(tag.length() - 1) == '"') {
            return tag.substring(1, tag.length() - 1).strip();
        }
        return tag;
    }
}
