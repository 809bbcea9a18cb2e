package app.leadkeeper.privacy;

import app.leadkeeper.core.Json;
import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.Backups;
import app.leadkeeper.data.Database;
import app.leadkeeper.funnel.StageService;
import app.leadkeeper.importing.ImportService;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.LeadWriter;
import app.leadkeeper.nurture.CadenceService;
import app.leadkeeper.nurture.TaskService;
import app.leadkeeper.nurture.TouchService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A person's rights over their data: erasing them ("right to be forgotten") and exporting everything about them
 * ("right of access"). Erasing is one transaction over the features that hold the person: the lead becomes an
 * anonymous placeholder (leads), touches, tasks and cadence runs go (nurture), import records go (importing), and the
 * email goes on the suppression list. Afterwards the database file is compacted, at once from the command line, when
 * the window closes from the app ({@link Database#compactOnClose}), so that the data leaves the disk too.
 */
public final class PrivacyService {
    private final DSLContext dsl;
    private final Database database;
    private final LeadService leads;
    private final StageService stages;
    private final TouchService touches;
    private final TaskService tasks;
    private final CadenceService cadences;
    private final ImportService imports;
    private final SuppressionService suppression;
    private final PersonExport export;
    private final Clock clock;

    public PrivacyService(
            DSLContext dsl,
            Database database,
            LeadService leads,
            StageService stages,
            TouchService touches,
            TaskService tasks,
            CadenceService cadences,
            ImportService imports,
            SuppressionService suppression,
            PersonExport export,
            Clock clock) {
        this.dsl = dsl;
        this.database = database;
        this.leads = leads;
        this.stages = stages;
        this.touches = touches;
        this.tasks = tasks;
        this.cadences = cadences;
        this.imports = imports;
        this.suppression = suppression;
        this.export = export;
        this.clock = clock;
    }

    private record Erased(Lead lead, SuppressedBy by, ErasureReport.Removed removed) {}

    /**
     * Erases a person: nothing about them stays readable in Leadkeeper, while the funnel and channel figures of past
     * periods keep counting them as an anonymous lead. Cannot be undone. The file is compacted when the database
     * closes; the report lists the backups that may still hold the person.
     */
    public ErasureReport erase(long leadId) {
        // Made before the transaction: the salt is written on its own, once per data folder.
        suppression.salt();
        List<String> lostReasons = stages.lostReasons();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LeadWriter[] writer = new LeadWriter[1];
        Erased erased = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            writer[0] = leads.writer(tx);
            Lead lead = writer[0]
                    .find(leadId)
                    .orElseThrow(() ->
                            new UserException("There is no lead " + leadId + " (it was deleted, or erased already)."));
            SuppressedBy by = suppression.suppress(tx, lead.data().email(), lead.phoneE164(), now);
            // Touches may point at tasks, tasks at cadence runs: removed in that order.
            int touchCount = touches.eraseLead(tx, leadId);
            int taskCount = tasks.eraseLead(tx, leadId);
            int runCount = cadences.eraseLead(tx, leadId);
            int importCount = imports.forgetLead(tx, leadId);
            writer[0].anonymize(leadId, lostReasons);
            return new Erased(
                    lead,
                    by,
                    new ErasureReport.Removed(
                            touchCount,
                            taskCount,
                            runCount,
                            lead.data().customFields().size(),
                            lead.data().tags().size(),
                            importCount));
        });
        writer[0].committed();
        tasks.changed();
        touches.changed();
        database.compactOnClose();
        Lead lead = erased.lead();
        // The person may be in any backup taken since they first came in (created is the form's time; added, ours).
        OffsetDateTime since =
                lead.addedAt() == null || lead.data().created().at().isBefore(lead.addedAt())
                        ? lead.data().created().at()
                        : lead.addedAt();
        List<BackupFile> backups = List.of();
        String problem = null;
        try {
            backups = Backups.list(database.folder(), clock.getZone()).stream()
                    .filter(b -> !b.takenAt().isBefore(since.toInstant()))
                    .sorted(java.util.Comparator.comparing(Backups.Backup::takenAt))
                    .map(b -> new BackupFile(
                            b.file(), b.takenAt().atZone(clock.getZone()).toOffsetDateTime()))
                    .toList();
        } catch (UserException e) {
            Log.error("Listing the backups after erasing lead " + leadId + " failed", e);
            problem = e.getMessage();
        }
        return new ErasureReport(leadId, name(lead), erased.by(), erased.removed(), since, backups, problem, false);
    }

    /** Erases a person and compacts the database file at once; the database is closed afterwards. */
    public ErasureReport eraseAndCompact(long leadId) {
        ErasureReport report = erase(leadId);
        database.closeCompacting();
        return report.withCompacted();
    }

    /** Whether an email address belongs to an erased person (is on the suppression list). */
    public boolean isSuppressed(String email) {
        return suppression.isSuppressed(email);
    }

    /** Everything about one person, as the JSON export holds it. */
    public java.util.Map<String, Object> personData(long leadId) {
        return export.of(leadId);
    }

    /**
     * Writes everything about one person to a JSON file, all or nothing (a temporary file moved into place). Returns
     * the file.
     */
    public Path exportPerson(long leadId, Path file) {
        String json = Json.writeIndented(export.of(leadId));
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("Cannot write " + file + ": the folder " + folder + " does not exist.");
        }
        Path temp = folder.resolve("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UserException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                Log.warn("Could not remove " + temp + ": " + e.getMessage());
            }
        }
    }

    private static String name(Lead lead) {
        String name = lead.data().displayName();
        if (!name.isBlank()) {
            return name;
        }
        return lead.data().email() != null ? lead.data().email() : "Lead " + lead.id();
    }
}
