package app.leadkeeper.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A spend report as sniffed: its encoding and delimiter, the line of its header row (title rows above it are not
 * data), the header, the platform and where the values are.
 *
 * @param titlePeriod for a report without a date column, the first and last day its title row names; else null
 */
record SpendFile(
        Path file,
        Charset charset,
        char delimiter,
        long headerLine,
        List<String> header,
        SpendColumns columns,
        LocalDate[] titlePeriod,
        String text) {

    AdPlatform platform() {
        return columns.platform();
    }

    String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
