package app.leadkeeper.importing;

import app.leadkeeper.leads.LeadData;
import java.util.List;

/**
 * One data record of a file, read and normalised.
 *
 * @param line the physical line of the file where the record starts (1 is the first line)
 * @param lead the lead to import, with {@code channelId} null; null when the record is rejected
 * @param channelName the channel the record names (from its platform, source or utm_source column, else the
 *     tool's), for the import job to resolve to a channel; null when nothing names one
 * @param rejection why the record cannot be imported, naming the field; null when it can
 * @param warnings what was noticed but did not stop the record (a value kept as a custom field instead, a date read
 *     with an assumed order, …)
 * @param phoneE164 the lead's phone in E.164 form, as {@code PhoneNumbers.toE164} gives it; null without a valid
 *     phone. Given here because parsing phones is the costliest step of an import.
 * @param fields the record's values as read, for a rejected record (to save the rejected rows as a CSV); empty
 *     for an imported one
 * @param channelValue the source value as the file wrote it ("fb", a utm_source, an answer to "How did you hear
 *     about us?"), which the channel mapping resolves; null when the channel is the tool's own
 */
public record ImportRecord(
        long line,
        LeadData lead,
        String channelName,
        String rejection,
        List<String> warnings,
        String phoneE164,
        List<String> fields,
        String channelValue) {

    public ImportRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The shape first agreed with the import job, without the normalised phone and the raw values. */
    public ImportRecord(long line, LeadData lead, String channelName, String rejection, List<String> warnings) {
        this(line, lead, channelName, rejection, warnings, null, List.of(), null);
    }

    public boolean rejected() {
        return rejection != null;
    }

    static ImportRecord refused(long line, String reason, List<String> fields) {
        return new ImportRecord(line, null, null, reason, List.of(), null, fields, null);
    }
}
