package app.leadkeeper.importing;

import java.nio.file.Path;
import java.util.List;

/** A file ready to import: what was detected, how the columns map (and from which profile), and its first rows as read. */
public record ImportPreview(
        Path file, SniffResult sniff, ColumnMapping mapping, String profileName, List<List<String>> rawRows) {
    public static final int SAMPLE_ROWS = 20;

    public ImportPreview withMapping(ColumnMapping changed) {
        return new ImportPreview(file, sniff, changed, profileName, rawRows);
    }

    public ImportPreview withSniff(SniffResult changed) {
        return new ImportPreview(file, changed, mapping, profileName, rawRows);
    }

    /** For each column, the first non-empty value among the sample rows: what the mapping table shows. */
    public List<String> examples() {
        List<String> examples = new java.util.ArrayList<>();
        for (int column = 0; column < sniff.header().size(); column++) {
            String example = "";
            for (List<String> row : rawRows) {
                if (column < row.size() && !row.get(column).isBlank()) {
                    example = row.get(column);
                    break;
                }
            }
            examples.add(example);
        }
        return examples;
    }
}
