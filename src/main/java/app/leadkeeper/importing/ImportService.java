package app.leadkeeper.importing;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.LeadWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Imports CSV exports: preview (what was detected and how columns map), dry run, the import itself as one
 * transaction, undo of a past import, history and saved mappings.
 */
public final class ImportService {
    private final DSLContext dsl;
    private final LeadService leads;
    private final ChannelService channels;
    private final ImportRepository repository;
    private final Clock clock;
    private final Supplier<Map<String, Long>> stageIds;

    public ImportService(
            DSLContext dsl, LeadService leads, ChannelService channels, ImportRepository repository, Clock clock) {
        this(dsl, leads, channels, repository, clock, Map::of, ImportHook.NONE, SuppressionList.NONE, () -> {});
    }

    private final ImportHook hook;
    private final SuppressionList suppression;
    /** Undo of a spend import removes the ledger and traffic rows it wrote (see {@link SpendImportService}). */
    private final SpendLedgerRepository spendLedger = new SpendLedgerRepository();

    /** Runs before anything of an import is written: the automatic backup. */
    private final Runnable beforeImport;

    /**
     * {@code stageIds}: the pipeline's stages by folded name, asked once per file, for a stage column; {@code hook}
     * acts inside each import's and undo's transaction; rows of the people on {@code suppression} are skipped;
     * {@code beforeImport} runs before an import (not a dry run) writes anything (the app backs the data up there).
     */
    public ImportService(
            DSLContext dsl,
            LeadService leads,
            ChannelService channels,
            ImportRepository repository,
            Clock clock,
            Supplier<Map<String, Long>> stageIds,
            ImportHook hook,
            SuppressionList suppression,
            Runnable beforeImport) {
        this.beforeImport = beforeImport;
        this.stageIds = stageIds;
        this.hook = hook;
        this.suppression = suppression;
        this.dsl = dsl;
        this.leads = leads;
        this.channels = channels;
        this.repository = repository;
        this.clock = clock;
    }

    /** What the file looks like and how its columns would be mapped: a saved profile for its header, else automatic. */
    public ImportPreview preview(Path file) {
        SniffResult sniff = ImportReader.sniff(file);
        return preview(file, sniff, null);
    }

    /** The preview with a chosen profile (by name), or the best one when {@code profileName} is null. */
    public ImportPreview preview(Path file, SniffResult sniff, String profileName) {
        String signature = ColumnMapping.headerSignature(sniff.header());
        Optional<ImportProfile> profile = profileName != null
                ? Optional.of(repository
                        .profile(dsl, profileName)
                        .orElseThrow(() ->
                                new UserException("There is no saved import profile named \"" + profileName + "\".")))
                : repository.profileForHeader(dsl, signature);
        // A profile saved for other columns cannot map this file: a named one is an error, a found one is skipped.
        Optional<ImportProfile> fitting = profile.filter(
                p -> ColumnMapping.parse(p.mapping()).size() == sniff.header().size());
        if (profileName != null && fitting.isEmpty()) {
            throw new UserException("The profile \"" + profileName + "\" was saved for a file with other columns.");
        }
        ColumnMapping mapping = fitting.map(p -> ColumnMapping.parse(p.mapping()))
                .orElseGet(() -> ColumnMapping.automatic(sniff.header(), sniff.tool()));
        mapping = ignoreRejectionColumn(sniff.header(), mapping);
        return new ImportPreview(
                file,
                sniff,
                mapping,
                fitting.map(ImportProfile::name).orElse(null),
                reader(file, sniff, mapping).preview(ImportPreview.SAMPLE_ROWS));
    }

    /** A file of rejected rows saved by Leadkeeper carries the reasons in a column that is not lead data. */
    private static ColumnMapping ignoreRejectionColumn(List<String> header, ColumnMapping mapping) {
        int column = header.indexOf(REJECTION_COLUMN);
        return column < 0 ? mapping : mapping.with(column, Target.IGNORE);
    }

    public void saveProfile(String name, SniffResult sniff, ColumnMapping mapping) {
        if (name == null || name.isBlank()) {
            throw new UserException("A mapping profile needs a name.");
        }
        repository.saveProfile(
                dsl,
                new ImportProfile(
                        name.strip(),
                        ColumnMapping.headerSignature(sniff.header()),
                        sniff.tool().name(),
                        mapping.serialize(),
                        OffsetDateTime.now(clock)));
    }

    public List<ImportProfile> profiles() {
        return repository.profiles(dsl);
    }

    /** Reads the whole file and tells what an import would do, writing nothing. */
    public ImportReport dryRun(ImportPreview preview, ImportOptions options, Progress progress) {
        return execute(preview, options, progress, true);
    }

    /** Imports the file as one batch in one transaction: all of it, or (cancelled, failed, killed) nothing. */
    public ImportReport run(ImportPreview preview, ImportOptions options, Progress progress) {
        return execute(preview, options, progress, false);
    }

    private ImportReport execute(ImportPreview preview, ImportOptions options, Progress progress, boolean dryRun) {
        long started = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        SniffResult sniff = preview.sniff();
        if (!dryRun) {
            progress.update(-1, "Backing up the data before the import…");
            beforeImport.run();
        }
        progress.update(0, "Reading " + preview.file().getFileName());
        Map<String, Long> channelCache = new HashMap<>();
        Long forcedChannel = options.channel() == null
                ? null
                : dryRun
                        ? channels.find(options.channel()).map(c -> c.id()).orElse(-1L)
                        : channels.ensure(options.channel()).id();
        List<LeadWriter> writerOut = new ArrayList<>(1);
        ImportJob finished = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LeadWriter writer = leads.writer(tx);
            writerOut.add(writer);
            long batchId =
                    dryRun ? 0 : repository.insertBatch(tx, batchRow(preview, options, startedAt, startedAt, null));
            ImportJob job = new ImportJob(
                    writer,
                    repository,
                    tx,
                    batchId,
                    dryRun,
                    (value, name) -> forcedChannel != null
                            ? (forcedChannel < 0 ? null : forcedChannel)
                            : channelId(value, name, dryRun, channelCache),
                    suppression.load(tx),
                    progress);
            reader(preview.file(), sniff, preview.mapping()).forEach(job, progress);
            job.finish();
            if (!dryRun) {
                repository.updateCounts(
                        tx, batchId, batchRow(preview, options, startedAt, OffsetDateTime.now(clock), job));
                if (forcedChannel == null) {
                    channels.recordSeen(tx, job.channelValues);
                }
                hook.imported(tx, batchId, preview.file().getFileName().toString(), sniff.tool());
            }
            return job;
        });
        if (!dryRun) {
            writerOut.getFirst().committed();
        }
        return new ImportReport(
                preview.file().toString(),
                dryRun,
                dryRun ? null : Long.valueOf(finished.batchId()),
                sniff.charset().name(),
                sniff.delimiterName(),
                sniff.tool().id(),
                finished.rows,
                finished.created,
                finished.updated,
                finished.duplicates,
                finished.rejected,
                finished.suppressed,
                sniff.header(),
                List.copyOf(finished.errors),
                List.copyOf(finished.rejectedValues),
                List.copyOf(finished.warnings),
                List.copyOf(finished.conflicts),
                List.copyOf(finished.suppressedLines),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The channel of a source value through the mapping (remembering new values), or of the tool's own name. */
    private Long channelId(String value, String name, boolean dryRun, Map<String, Long> cache) {
        if ((value == null || value.isBlank()) && (name == null || name.isBlank())) {
            return null;
        }
        String key = (value == null ? "" : value.strip()) + "\u0000" + (name == null ? "" : name.strip());
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        Long id = dryRun ? channels.peek(value, name) : channels.resolve(value, name);
        cache.put(key, id);
        return id;
    }

    private ImportBatch batchRow(
            ImportPreview preview,
            ImportOptions options,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            ImportJob job) {
        SniffResult sniff = preview.sniff();
        return new ImportBatch(
                0,
                preview.file().getFileName().toString(),
                preview.file().toAbsolutePath().toString(),
                sniff.tool().id(),
                options.profileName(),
                sniff.charset().name(),
                sniff.delimiterName(),
                startedAt,
                finishedAt,
                job == null ? 0 : job.rows,
                job == null ? 0 : job.created,
                job == null ? 0 : job.updated,
                job == null ? 0 : job.duplicates,
                job == null ? 0 : job.rejected,
                null);
    }

    private ImportReader reader(Path file, SniffResult sniff, ColumnMapping mapping) {
        return new ImportReader(
                file,
                sniff,
                mapping,
                new ImportContext(
                        leads.phoneNumbers(),
                        clock.getZone(),
                        clock,
                        file.getFileName().toString(),
                        stageIds.get()));
    }

    /**
     * Removes the leads an import created and restores the fields it changed; leads edited since are left alone. For
     * a spend import, removes the spend and traffic rows it wrote.
     */
    public UndoReport undo(long batchId) {
        List<LeadWriter> writerOut = new ArrayList<>(1);
        UndoReport report = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ImportBatch batch = repository
                    .find(tx, batchId)
                    .orElseThrow(() -> new UserException("There is no import number " + batchId + "."));
            if (batch.undone()) {
                throw new UserException("Import " + batchId + " (" + batch.fileName() + ") was already undone on "
                        + batch.undoneAt().toLocalDate() + ".");
            }
            if (batch.isSpend()) {
                int[] removed = spendLedger.deleteBatch(tx, batchId);
                repository.markUndone(tx, batchId, OffsetDateTime.now(clock));
                return new UndoReport(
                        batchId, batch.fileName(), removed[0], 0, List.of(), ImportBatch.SPEND, removed[1]);
            }
            LeadWriter writer = leads.writer(tx);
            writerOut.add(writer);
            Map<Long, List<LeadMerger.Change>> fields = repository.fieldChanges(tx, batchId);
            int removed = 0;
            int restored = 0;
            List<String> leftAlone = new ArrayList<>();
            for (LeadChange change : repository.changes(tx, batchId)) {
                Optional<Lead> lead = writer.find(change.leadId());
                if (lead.isEmpty()) {
                    continue;
                }
                if (lead.get().revision() != change.revisionAfter()) {
                    leftAlone.add(describe(lead.get()));
                    continue;
                }
                if (change.kind() == LeadChange.Kind.CREATED) {
                    writer.delete(change.leadId());
                    removed++;
                } else {
                    writer.update(
                            change.leadId(),
                            LeadMerger.revert(lead.get().data(), fields.getOrDefault(change.leadId(), List.of())));
                    hook.undone(tx, batchId, change.leadId());
                    restored++;
                }
            }
            repository.markUndone(tx, batchId, OffsetDateTime.now(clock));
            return new UndoReport(batchId, batch.fileName(), removed, restored, List.copyOf(leftAlone));
        });
        if (!writerOut.isEmpty()) {
            writerOut.getFirst().committed();
        }
        return report;
    }

    /**
     * Forgets what imports did to a person being erased, inside the caller's transaction (their batches and counts
     * stay); returns how many import records went.
     */
    public int forgetLead(DSLContext tx, long leadId) {
        return repository.forgetLead(tx, leadId);
    }

    /** The column a saved file of rejected rows adds; such a file maps it to nothing when it is imported again. */
    public static final String REJECTION_COLUMN = "leadkeeper_rejection";

    /**
     * Writes the rejected rows with the file's own header (and a last column with the reason), as UTF-8 CSV, so
     * that they can be fixed and imported again.
     */
    public Path saveRejected(ImportReport report, Path out) {
        List<String> header = new ArrayList<>(report.header());
        header.add(REJECTION_COLUMN);
        Path temp = out.resolveSibling(out.getFileName() + ".part");
        try (var writer = de.siegmar.fastcsv.writer.CsvWriter.builder()
                .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.CRLF)
                .build(temp, java.nio.charset.StandardCharsets.UTF_8)) {
            writer.writeRecord(header);
            for (int i = 0; i < report.errors().size(); i++) {
                List<String> row = new ArrayList<>(report.rejectedValues().get(i));
                while (row.size() < report.header().size()) {
                    row.add("");
                }
                row.add("line " + report.errors().get(i).line() + ": "
                        + report.errors().get(i).reason());
                writer.writeRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new UserException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        try {
            java.nio.file.Files.move(
                    temp,
                    out,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new UserException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        return out;
    }

    public List<ImportBatch> history() {
        return repository.history(dsl, 200);
    }

    private static String describe(Lead lead) {
        String name = lead.data().displayName();
        String email = lead.data().email();
        return "lead " + lead.id() + (name.isEmpty() ? "" : " " + name) + (email == null ? "" : " <" + email + ">");
    }
}
