package app.leadkeeper.privacy;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the window and the command line say about erasing a person, in the same words. */
public final class ErasureTexts {
    private ErasureTexts() {}

    /** The window's question before erasing: who, what goes, what stays, what happens to the file. */
    public static String confirmation(String name) {
        return name + " is removed from Leadkeeper with their email, phone, company, message, custom fields, tags, "
                + "touches, notes and tasks.\n\n"
                + "The funnel and channel figures of past periods keep counting an anonymous lead in their place. "
                + "Their email address goes on the suppression list (as a salted hash), so a later import skips it.\n\n"
                + "The database file is compacted when you quit Leadkeeper, so that the data leaves the disk too "
                + "(quitting then takes a few seconds longer, more for a large database).\n\n"
                + "This cannot be undone.";
    }

    /** What was done, in short paragraphs, with dates in the user's locale. */
    public static String summary(ErasureReport report) {
        return summary(report, Locale.getDefault());
    }

    static String summary(ErasureReport report, Locale locale) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Erased " + report.name() + " (lead " + report.leadId() + "): " + removed(report.removed())
                + " The funnel and channel figures of past periods keep counting an anonymous lead in its place.");
        paragraphs.add(
                switch (report.suppressedBy()) {
                    case EMAIL -> "The email address is on the suppression list: imports skip it.";
                    case PHONE ->
                        "There was no email: the phone number is on the suppression list instead, and imports skip"
                                + " rows without an email that have it.";
                    case NOTHING ->
                        "There was neither an email nor a phone number, so nothing can keep this person out of a"
                                + " later import.";
                });
        paragraphs.add(
                report.compacted()
                        ? "The database file was compacted: the data is gone from it."
                        : "The database file is compacted when you quit Leadkeeper; until then the removed data can"
                                + " still be in its free space.");
        if (report.backupProblem() != null) {
            paragraphs.add(report.backupProblem());
        } else if (report.backups().isEmpty()) {
            paragraphs.add("No backup was taken since " + report.since().format(date) + ": none holds this person.");
        } else {
            List<String> lines = new ArrayList<>();
            lines.add("These backups were taken since " + report.since().format(date)
                    + " and may still hold this person:");
            for (BackupFile backup : report.backups()) {
                lines.add("  " + backup.name() + "  (" + backup.takenAt().format(time) + ")");
            }
            lines.add("Delete them, or keep them out of reach, if they must not keep this person's data.");
            paragraphs.add(String.join("\n", lines));
        }
        return String.join("\n\n", paragraphs);
    }

    private static String removed(ErasureReport.Removed r) {
        List<String> parts = new ArrayList<>();
        add(parts, r.touches(), "touch", "touches");
        add(parts, r.tasks(), "task", "tasks");
        add(parts, r.cadenceRuns(), "cadence run", "cadence runs");
        add(parts, r.customFields(), "custom field", "custom fields");
        add(parts, r.tags(), "tag", "tags");
        add(parts, r.importRecords(), "import record", "import records");
        String with = parts.isEmpty()
                ? ""
                : parts.size() == 1
                        ? ", with " + parts.getFirst() + ","
                        : ", with " + String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast()
                                + ",";
        return "the name, email, phone, company and every other detail" + with + " are gone.";
    }

    private static void add(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
