package app.leadkeeper;

import app.leadkeeper.channels.ChannelRepository;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.Logging;
import app.leadkeeper.data.AppSettings;
import app.leadkeeper.data.Backups;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.data.Database;
import app.leadkeeper.exporting.ExportService;
import app.leadkeeper.funnel.BoardQuery;
import app.leadkeeper.funnel.BoardService;
import app.leadkeeper.funnel.FunnelService;
import app.leadkeeper.funnel.FunnelSnapshotQuery;
import app.leadkeeper.funnel.StageRepository;
import app.leadkeeper.funnel.StageService;
import app.leadkeeper.importing.ImportHook;
import app.leadkeeper.importing.ImportRepository;
import app.leadkeeper.importing.ImportService;
import app.leadkeeper.importing.SpendImportService;
import app.leadkeeper.leads.LeadRepository;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.SearchIndex;
import app.leadkeeper.metrics.LeadDayRepository;
import app.leadkeeper.metrics.MetricsService;
import app.leadkeeper.nurture.CadenceRepository;
import app.leadkeeper.nurture.CadenceService;
import app.leadkeeper.nurture.TaskRepository;
import app.leadkeeper.nurture.TaskService;
import app.leadkeeper.nurture.TimelineQuery;
import app.leadkeeper.nurture.TouchRepository;
import app.leadkeeper.nurture.TouchService;
import app.leadkeeper.nurture.TouchStatsQuery;
import app.leadkeeper.privacy.PersonExport;
import app.leadkeeper.privacy.PrivacyService;
import app.leadkeeper.privacy.SuppressionRepository;
import app.leadkeeper.privacy.SuppressionService;
import app.leadkeeper.scoring.ScoreRepository;
import app.leadkeeper.scoring.ScoringService;
import app.leadkeeper.spend.Currency;
import app.leadkeeper.spend.SpendRepository;
import app.leadkeeper.spend.SpendService;
import app.leadkeeper.spend.TrafficRepository;
import app.leadkeeper.spend.TrafficService;
import java.time.Clock;

/** The composition root: opens the data folder and wires every service by hand. */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final AppSettings settings;
    private final ChannelService channels;
    private final LeadService leads;
    private final ImportService imports;
    private final SpendImportService spendImports;
    private final StageService stages;
    private final FunnelService funnel;
    private final BoardService board;
    private final TouchService touches;
    private final TaskService tasks;
    private final CadenceService cadences;
    private final ScoringService scoring;
    private final MetricsService metrics;
    private final ExportService exports;
    private final SpendService spend;
    private final TrafficService traffic;
    private final Backups backups;
    private final PrivacyService privacy;

    private AppContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.settings = new AppSettings(database.dsl());
        this.backups = Backups.of(database, settings, clock);
        this.channels = new ChannelService(database.dsl(), new ChannelRepository(), clock);
        // A lead is rescored inside every transaction that changes it or its touches.
        this.scoring = new ScoringService(database.dsl(), new ScoreRepository(), clock);
        scoring.seedIfNew();
        TouchRepository touchRepository = new TouchRepository(scoring);
        TaskRepository taskRepository = new TaskRepository();
        this.touches =
                new TouchService(database.dsl(), touchRepository, new TimelineQuery(), new TouchStatsQuery(), clock);
        this.tasks = new TaskService(database.dsl(), taskRepository, touchRepository, clock);
        this.cadences = new CadenceService(database.dsl(), new CadenceRepository(), taskRepository, tasks, clock);
        // A lead entering a stage may start or stop a cadence, inside the same transaction.
        this.leads = new LeadService(
                database.dsl(), new LeadRepository(cadences, scoring), new SearchIndex(), settings, clock);
        StageRepository stageRepository = new StageRepository();
        this.stages = new StageService(database.dsl(), stageRepository, clock);
        // Erased people's emails: imports skip their rows.
        SuppressionService suppression = new SuppressionService(database.dsl(), new SuppressionRepository(), settings);
        this.imports = new ImportService(
                database.dsl(),
                leads,
                channels,
                new ImportRepository(),
                clock,
                stages::idsByFoldedName,
                ImportHook.of(touches, scoring),
                suppression,
                this::backupBeforeImport);
        // Spend reports of ad platforms, in the data folder's one currency; undone through imports.undo.
        this.spendImports = new SpendImportService(
                database.dsl(),
                channels,
                new ImportRepository(),
                () -> Currency.code(settings),
                clock,
                this::backupBeforeImport);
        this.funnel =
                new FunnelService(database.dsl(), stageRepository, new FunnelSnapshotQuery(), leads::version, clock);
        // Deleting a stage moves its leads: the funnel's snapshot must renew.
        stages.addListener(leads::markChanged);
        stages.addListener(cadences::forgetTriggers);
        stages.addRemovalListener(cadences::stageRemoved);
        // A rescore moves scores and qualifications of many leads at once.
        scoring.addListener(leads::markChanged);
        // The daily roll-up behind the channel metrics: rebuilt after a schema change or a new time zone.
        this.metrics = new MetricsService(
                database.dsl(), new LeadDayRepository(), channels, () -> Currency.code(settings), clock);
        metrics.install(database.schemaVersion());
        // The metrics read spend and traffic directly (no roll-up), so their changes need no hook here.
        this.spend = new SpendService(database.dsl(), new SpendRepository(), () -> Currency.code(settings), clock);
        this.traffic = new TrafficService(database.dsl(), new TrafficRepository(), clock);
        this.board = new BoardService(database.dsl(), new BoardQuery(clock.getZone()), leads, stages, funnel);
        this.exports = new ExportService(database.dsl(), leads, funnel, metrics, tasks, metrics::currency, clock);
        // Erasing a person and exporting their data reach into every feature that holds them.
        this.privacy = new PrivacyService(
                database.dsl(),
                database,
                leads,
                stages,
                touches,
                tasks,
                cadences,
                imports,
                suppression,
                new PersonExport(leads, channels, stages, touches, tasks, cadences, scoring, clock),
                clock);
    }

    /** Locks and opens the folder's database (migrating it if needed); fails with a UserException the user can read. */
    public static AppContext open(DataFolder folder, Clock clock) {
        folder.prepare();
        Logging.toFolder(folder.logs());
        return new AppContext(Database.open(folder), clock);
    }

    /** Every import, lead or spend, is preceded by a backup in the data folder's backups/. */
    private void backupBeforeImport() {
        backups.automatic(Backups.Kind.BEFORE_IMPORT);
    }

    public Backups backups() {
        return backups;
    }

    public Database database() {
        return database;
    }

    public DataFolder folder() {
        return database.folder();
    }

    public Clock clock() {
        return clock;
    }

    public AppSettings settings() {
        return settings;
    }

    public ChannelService channels() {
        return channels;
    }

    public LeadService leads() {
        return leads;
    }

    public ImportService imports() {
        return imports;
    }

    public SpendImportService spendImports() {
        return spendImports;
    }

    public StageService stages() {
        return stages;
    }

    public FunnelService funnel() {
        return funnel;
    }

    public BoardService board() {
        return board;
    }

    public TouchService touches() {
        return touches;
    }

    public TaskService tasks() {
        return tasks;
    }

    public CadenceService cadences() {
        return cadences;
    }

    public ScoringService scoring() {
        return scoring;
    }

    public ExportService exports() {
        return exports;
    }

    public MetricsService metrics() {
        return metrics;
    }

    public SpendService spend() {
        return spend;
    }

    public TrafficService traffic() {
        return traffic;
    }

    public PrivacyService privacy() {
        return privacy;
    }

    @Override
    public void close() {
        database.close();
    }
}
