package app.leadkeeper.importing;

/** Shared by the fuzz targets: how a failing input is shown, so that control characters stay visible. */
final class FuzzInputs {
    private FuzzInputs() {}

    /** The text in quotes, with everything outside printable ASCII as a \\uXXXX escape. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
