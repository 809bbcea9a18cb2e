package app.leadkeeper.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as JSON: enough for one report object, no dependency. */
public final class Json {
    private Json() {}

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, -1);
        return out.toString();
    }

    /** As {@link #write}, one member or element per line, indented by two spaces a level: for files people read. */
    public static String writeIndented(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.append('\n').toString();
    }

    /** {@code level} is the indentation of the value's line, or -1 for everything on one line. */
    private static void append(StringBuilder out, Object value, int level) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(out, text);
            case Boolean bool -> out.append(bool);
            case Double number -> out.append(Double.isFinite(number) ? round(number) : "null");
            case Number number -> out.append(number);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (var entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    newLine(out, level < 0 ? -1 : level + 1);
                    string(out, String.valueOf(entry.getKey()));
                    out.append(level < 0 ? ":" : ": ");
                    append(out, entry.getValue(), level < 0 ? -1 : level + 1);
                }
                if (!map.isEmpty()) {
                    newLine(out, level);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    newLine(out, level < 0 ? -1 : level + 1);
                    append(out, list.get(i), level < 0 ? -1 : level + 1);
                }
                if (!list.isEmpty()) {
                    newLine(out, level);
                }
                out.append(']');
            }
            default -> string(out, value.toString());
        }
    }

    private static void newLine(StringBuilder out, int level) {
        if (level >= 0) {
            out.append('\n').append("  ".repeat(level));
        }
    }

    private static String round(double number) {
        return String.format(Locale.ROOT, "%.3f", number).replaceAll("\\.?0+$", "");
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
