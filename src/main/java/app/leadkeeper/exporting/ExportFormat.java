package app.leadkeeper.exporting;

import app.leadkeeper.core.UserException;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats of an export, told by the file's extension. */
public enum ExportFormat {
    CSV(".csv", "CSV (comma-separated values)"),
    XLSX(".xlsx", "Excel workbook");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The format of {@code file} by its extension, or a UserException naming the formats there are. */
    public static ExportFormat of(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        throw new UserException("Cannot export to " + file + ": the file name must end in .xlsx or .csv.");
    }
}
