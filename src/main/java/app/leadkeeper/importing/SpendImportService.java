package app.leadkeeper.importing;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Imports the spend reports of ad platforms into the spend ledger (and their impressions and clicks as traffic): a
 * preview, a dry run, and the import as one batch in one transaction — all of it or nothing; a file with a bad row
 * or in another currency writes nothing; rows already in the ledger are skipped, so importing a file again changes
 * nothing. Undo goes through {@link ImportService#undo}, like every import.
 */
public final class SpendImportService {
    private final DSLContext dsl;
    private final ChannelService channels;
    private final ImportRepository batches;
    private final SpendLedgerRepository ledger = new SpendLedgerRepository();
    private final Supplier<String> currency;
    private final Clock clock;

    /** {@code currency}: the data folder's currency code, asked for each file. */
    private final Runnable beforeImport;

    public SpendImportService(
            DSLContext dsl, ChannelService channels, ImportRepository batches, Supplier<String> currency, Clock clock) {
        this(dsl, channels, batches, currency, clock, () -> {});
    }

    /** {@code beforeImport} runs before an import (not a dry run) writes anything: the app backs the data up there. */
    public SpendImportService(
            DSLContext dsl,
            ChannelService channels,
            ImportRepository batches,
            Supplier<String> currency,
            Clock clock,
            Runnable beforeImport) {
        this.beforeImport = beforeImport;
        this.dsl = dsl;
        this.channels = channels;
        this.batches = batches;
        this.currency = currency;
        this.clock = clock;
    }

    /** Whether the file is an ad platform's spend report (and so belongs to import-spend, not to a lead import). */
    public Optional<AdPlatform> recognise(Path file) {
        return SpendSniffer.platformOf(file);
    }

    /** Reads the whole report and tells what it holds; refused (UserException) when it is no spend report. */
    public SpendPreview preview(Path file) {
        return preview(file, new Progress());
    }

    public SpendPreview preview(Path file, Progress progress) {
        return new SpendPreview(new SpendReader(SpendSniffer.sniff(file), folderCurrency()).read(progress));
    }

    /** The currency of the data folder: spend is kept in it. */
    public String folderCurrency() {
        return currency.get();
    }

    /** The names of the channels, for the wizard's channel chooser. */
    public List<String> channelNames() {
        return channels.all().stream().map(Channel::name).toList();
    }

    /** The channel the report's spend goes to: the one named, else the platform's. */
    public String channelFor(SpendPreview preview, String chosen) {
        return chosen == null || chosen.isBlank() ? preview.platform().defaultChannel() : chosen.strip();
    }

    /** What an import would do, writing nothing. */
    public SpendReport dryRun(Path file, String channel, Progress progress) {
        return execute(file, channel, progress, true);
    }

    /** Imports the report as one batch, or nothing at all when a row is refused, it fails or it is cancelled. */
    public SpendReport run(Path file, String channel, Progress progress) {
        return execute(file, channel, progress, false);
    }

    private SpendReport execute(Path file, String chosenChannel, Progress progress, boolean dryRun) {
        long started = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        progress.update(-1, "Reading " + file.getFileName());
        SpendPreview preview = preview(file, progress);
        SpendRead read = preview.read();
        String channelName = channelFor(preview, chosenChannel);
        Counts counts = new Counts();
        Long batchId = null;
        if (read.errors().isEmpty() && !read.valid().isEmpty()) {
            String wanted = channelName;
            Optional<Channel> existing = channels.find(wanted);
            if (dryRun) {
                channelName = existing.map(Channel::name).orElse(wanted);
                existing.ifPresentOrElse(
                        c -> counts.count(dsl, c.id(), read, progress), () -> counts.countAllNew(read));
            } else {
                progress.update(-1, "Backing up the data before the import…");
                beforeImport.run();
                Channel channel = existing.orElseGet(() -> channels.ensure(wanted));
                channelName = channel.name();
                batchId = dsl.transactionResult(cfg -> {
                    DSLContext tx = cfg.dsl();
                    long id = batches.insertBatch(tx, batchRow(read, startedAt, startedAt, counts));
                    counts.count(tx, channel.id(), read, progress);
                    progress.update(-1, "Writing " + counts.newEntries.size() + " ledger entries");
                    progress.checkCancelled();
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    ledger.insertSpend(tx, channel.id(), id, counts.newEntries, now);
                    ledger.insertTraffic(tx, channel.id(), id, counts.newTraffic, now);
                    progress.checkCancelled();
                    batches.updateCounts(tx, id, batchRow(read, startedAt, OffsetDateTime.now(clock), counts));
                    return id;
                });
            }
        } else if (dryRun) {
            channelName = channels.find(channelName).map(Channel::name).orElse(channelName);
        }
        return new SpendReport(
                file.toString(),
                dryRun,
                batchId,
                preview.encoding(),
                preview.delimiter(),
                preview.platform(),
                channelName,
                read.currency() != null ? read.currency() : folderCurrency(),
                read.rows(),
                counts.created,
                counts.newEntries.size(),
                counts.duplicates,
                read.rejected(),
                read.skipped().size(),
                counts.newTraffic.size(),
                read.errors(),
                read.skipped(),
                read.from(),
                read.to(),
                read.total(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static ImportBatch batchRow(
            SpendRead read, OffsetDateTime startedAt, OffsetDateTime finishedAt, Counts counts) {
        SpendFile file = read.file();
        return new ImportBatch(
                0,
                file.file().getFileName().toString(),
                file.file().toAbsolutePath().toString(),
                file.platform().id(),
                null,
                file.charset().name(),
                file.delimiterName(),
                startedAt,
                finishedAt,
                read.rows(),
                counts.created,
                0,
                counts.duplicates,
                read.rejected(),
                null,
                ImportBatch.SPEND);
    }

    /** Which rows are new to the ledger of a channel and which are there already. */
    private final class Counts {
        final List<SpendEntry> newEntries = new ArrayList<>();
        final List<SpendRow> newTraffic = new ArrayList<>();
        int created;
        int duplicates;

        void count(DSLContext tx, long channelId, SpendRead read, Progress progress) {
            Set<String> present = ledger.spendKeys(tx, channelId, read.from(), read.to());
            Set<String> presentTraffic = ledger.trafficKeys(tx, channelId, read.from(), read.to());
            int i = 0;
            for (SpendRow row : read.valid()) {
                if (i++ % 1000 == 0) {
                    progress.checkCancelled();
                }
                boolean any = false;
                for (SpendEntry entry : SpendPeriods.entries(row)) {
                    if (!present.contains(SpendLedgerRepository.key(entry))) {
                        newEntries.add(entry);
                        any = true;
                    }
                }
                if (any) {
                    created++;
                } else {
                    duplicates++;
                }
                if (hasTraffic(row)) {
                    String key =
                            SpendLedgerRepository.trafficKey(row.start(), row.end(), row.impressions(), row.clicks());
                    if (presentTraffic.add(key)) {
                        newTraffic.add(row);
                    }
                }
            }
        }

        void countAllNew(SpendRead read) {
            for (SpendRow row : read.valid()) {
                newEntries.addAll(SpendPeriods.entries(row));
                created++;
                if (hasTraffic(row)) {
                    newTraffic.add(row);
                }
            }
        }
    }

    private static boolean hasTraffic(SpendRow row) {
        return row.impressions() != null && row.impressions() > 0 || row.clicks() != null && row.clicks() > 0;
    }
}
