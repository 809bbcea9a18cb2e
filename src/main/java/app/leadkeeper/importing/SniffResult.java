package app.leadkeeper.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * What sniffing found out about a file from its bytes: each of these can be changed by the user before reading.
 *
 * @param bom whether the file starts with a byte order mark (skipped when reading)
 * @param lineEnding the first line break outside quotes: "\r\n", "\n" or "\r"
 * @param header the clean column names (no BOM, HTML removed); a trailing unnamed empty column is left out
 */
public record SniffResult(
        Charset charset, boolean bom, char delimiter, String lineEnding, SourceTool tool, List<String> header) {

    public SniffResult {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(lineEnding, "lineEnding");
        Objects.requireNonNull(tool, "tool");
        header = List.copyOf(header);
    }

    /** "CRLF", "LF" or "CR", for people. */
    public String lineEndingName() {
        return switch (lineEnding) {
            case "\r\n" -> "CRLF";
            case "\r" -> "CR";
            default -> "LF";
        };
    }

    /** The delimiter as people name it: "," ";" "tab" "|". */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /**
     * A copy with another tool, as chosen in the wizard. (Another encoding or delimiter changes the header: sniff
     * again with {@link ImportReader#sniff(java.nio.file.Path, Charset, Character)}.)
     */
    public SniffResult withTool(SourceTool value) {
        return new SniffResult(charset, bom, delimiter, lineEnding, value, header);
    }
}
