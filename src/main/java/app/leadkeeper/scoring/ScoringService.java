package app.leadkeeper.scoring;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.AppSettings;
import app.leadkeeper.importing.ImportHook;
import app.leadkeeper.importing.SourceTool;
import app.leadkeeper.leads.LeadChangeListener;
import app.leadkeeper.leads.Qualification;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;

/**
 * Lead scoring: the rule set and thresholds, every lead's score, and the qualification that follows it.
 *
 * <p>A lead is rescored inside the transaction that changes it or its touches ({@link LeadChangeListener}) and inside
 * an import's ({@link ImportHook}); a changed rule set rescores every lead in one set-based pass ({@link
 * #rescoreAll}). Scores also depend on the date (decay, burst windows), so the app rescores once a day on start.
 * Qualification follows the score for leads at lead, MQL or SQL whose qualification was not set by hand.
 */
public final class ScoringService implements ImportHook, LeadChangeListener {
    static final String MQL_SETTING = "scoring.mql";
    static final String SQL_SETTING = "scoring.sql";
    static final String SEEDED_SETTING = "scoring.seeded";
    static final String STALE_SETTING = "scoring.stale";
    static final String RESCORED_SETTING = "scoring.rescored_on";
    /** Lead-id ranges a full rescore is cut into, for progress and cancelling. */
    private static final int CHUNKS = 20;
    /** Above this many leads the editor's preview looks at a sample. */
    static final long PREVIEW_ALL_UP_TO = 50_000;

    private final DSLContext dsl;
    private final ScoreRepository repository;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean rescoringAll = new AtomicBoolean();
    /** Leads changed while every lead was being rescored: rescored again once that is done. */
    private final Set<Long> changedMeanwhile = ConcurrentHashMap.newKeySet();

    private volatile RuleSet cached;

    private record RuleSet(List<ScoreRule> rules, ScoreThresholds thresholds) {}

    public ScoringService(DSLContext dsl, ScoreRepository repository, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.clock = clock;
    }

    /** Called (on the working thread) after scores changed in bulk: a rescore, or rules saved. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** On a data folder that never had scoring: stores the shipped rules and thresholds, and marks scores stale. */
    public void seedIfNew() {
        dsl.transaction(cfg -> {
            AppSettings settings = new AppSettings(cfg.dsl());
            if (settings.get(SEEDED_SETTING).isPresent()) {
                return;
            }
            repository.replaceRules(cfg.dsl(), DefaultScoreRules.rules());
            settings.put(MQL_SETTING, Integer.toString(ScoreThresholds.DEFAULT.mql()));
            settings.put(SQL_SETTING, Integer.toString(ScoreThresholds.DEFAULT.sql()));
            settings.put(SEEDED_SETTING, "true");
            settings.put(STALE_SETTING, "true");
        });
        cached = null;
    }

    public List<ScoreRule> rules() {
        return ruleSet().rules();
    }

    public ScoreThresholds thresholds() {
        return ruleSet().thresholds();
    }

    private RuleSet ruleSet() {
        RuleSet set = cached;
        if (set == null) {
            set = load(dsl);
            cached = set;
        }
        return set;
    }

    private RuleSet load(DSLContext tx) {
        AppSettings settings = new AppSettings(tx);
        int mql = settings.get(MQL_SETTING).map(Integer::parseInt).orElse(ScoreThresholds.DEFAULT.mql());
        int sql = settings.get(SQL_SETTING).map(Integer::parseInt).orElse(ScoreThresholds.DEFAULT.sql());
        return new RuleSet(List.copyOf(repository.rules(tx)), new ScoreThresholds(mql, sql));
    }

    /**
     * Stores a new rule set and thresholds. Scores are stale until {@link #rescoreAll} runs (the window runs it right
     * after, with progress); until then leads are rescored by the new rules as they change.
     */
    public List<ScoreRule> save(List<ScoreRule> rules, ScoreThresholds thresholds) {
        rules.forEach(ScoreRule::validate);
        thresholds.validate();
        List<ScoreRule> stored = dsl.transactionResult(cfg -> {
            List<ScoreRule> saved = repository.replaceRules(cfg.dsl(), rules);
            AppSettings settings = new AppSettings(cfg.dsl());
            settings.put(MQL_SETTING, Integer.toString(thresholds.mql()));
            settings.put(SQL_SETTING, Integer.toString(thresholds.sql()));
            settings.put(STALE_SETTING, "true");
            return saved;
        });
        cached = null;
        listeners.forEach(Runnable::run);
        return stored;
    }

    /** True when the rules changed since the last full rescore, or it ran on an earlier day. */
    public boolean stale() {
        AppSettings settings = new AppSettings(dsl);
        if (settings.get(STALE_SETTING).map(Boolean::parseBoolean).orElse(true)) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        return settings.get(RESCORED_SETTING)
                .map(LocalDate::parse)
                .map(today::isAfter)
                .orElse(true);
    }

    /** Rescores every lead when {@link #stale()}. */
    public Optional<RescoreResult> rescoreIfStale(Progress progress) {
        return stale() ? Optional.of(rescoreAll(progress)) : Optional.empty();
    }

    /**
     * Rescores every lead and moves the qualifications that follow their score. The database computes the points of
     * the rules, set-based, in two scans read side by side on two connections: the attribute points per lead-id range
     * (progress and cancel between ranges) and the behaviour points from one grouped pass over the touches. Only the
     * scores that differ from the stored ones are written, in one transaction: the wide lead rows are never
     * rewritten, and a rule edit writes only the leads it moves. Cancelled, nothing changes.
     */
    public RescoreResult rescoreAll(Progress progress) {
        if (!rescoringAll.compareAndSet(false, true)) {
            throw new UserException("The leads are being rescored already.");
        }
        long started = System.nanoTime();
        try {
            progress.update(0, "Rescoring leads…");
            RuleSet set = load(dsl);
            OffsetDateTime now = OffsetDateTime.now(clock);
            ScoreQuery query = new ScoreQuery(dsl, set.rules(), now);
            // The grouped pass over touches runs beside the scan of the leads, on its own connection.
            CompletableFuture<IdScores> behaviour = CompletableFuture.supplyAsync(
                    () -> repository.behaviourScores(dsl, query),
                    command ->
                            Thread.ofPlatform().name("rescore-touches").daemon().start(command));
            IdScores stored = repository.storedScores(dsl);
            IdScores hand = repository.handSet(dsl);
            Rescore rescore = new Rescore(stored, hand, set.thresholds());
            long[] range = repository.idRange(dsl);
            if (range != null) {
                long span = range[1] - range[0] + 1;
                long step = Math.max(1, (span + CHUNKS - 1) / CHUNKS);
                for (long from = range[0]; from <= range[1]; from += step) {
                    progress.checkCancelled();
                    long to = Math.min(range[1], from + step - 1);
                    repository.attributeScores(dsl, query, from, to, rescore::lead);
                    progress.update(
                            0.7 * (to - range[0] + 1) / span, String.format("Scored %,d leads…", rescore.leads));
                }
            }
            progress.update(0.7, String.format("Scored %,d leads, adding their touches…", rescore.leads));
            rescore.addBehaviour(behaviour.join());
            progress.checkCancelled();
            List<Long> gone = rescore.gone();
            progress.update(0.8, String.format("Saving %,d changed scores…", rescore.changed));
            int moved = dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                int[] written = {0};
                repository.writeScores(tx, rescore.changedIds, rescore.changedScores, rescore.changed, () -> {
                    progress.checkCancelled();
                    written[0] = Math.min(rescore.changed, written[0] + 10_000);
                    progress.update(
                            0.8 + 0.15 * written[0] / Math.max(1, rescore.changed),
                            String.format("Saved %,d of %,d changed scores…", written[0], rescore.changed));
                });
                repository.deleteScores(tx, gone);
                progress.checkCancelled();
                int n = repository.move(tx, rescore.moves, now);
                AppSettings settings = new AppSettings(tx);
                settings.put(STALE_SETTING, "false");
                settings.put(RESCORED_SETTING, LocalDate.now(clock).toString());
                return n;
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            progress.update(1, String.format("Rescored %,d leads", rescore.leads));
            Log.info(String.format(
                    "rescored %d leads in %d ms: %d scores changed, %d qualifications moved",
                    rescore.leads, millis, rescore.changed, moved));
            return new RescoreResult(rescore.leads, rescore.changed, moved, millis);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        } finally {
            rescoringAll.set(false);
            catchUp();
            listeners.forEach(Runnable::run);
        }
    }

    /**
     * The merge of one full rescore: attribute points arrive per lead in id order, behaviour points are added, and what
     * differs from the stored scores (and the qualifications that must follow) is collected for writing.
     */
    private static final class Rescore {
        private final IdScores stored;
        private final IdScores hand;
        private final ScoreThresholds thresholds;
        private long[] ids = new long[1024];
        private int[] scores = new int[1024];
        private String[] qualifications = new String[1024];
        long leads;
        long[] changedIds;
        int[] changedScores;
        int changed;
        final List<ScoreRepository.Move> moves = new ArrayList<>();

        Rescore(IdScores stored, IdScores hand, ScoreThresholds thresholds) {
            this.stored = stored;
            this.hand = hand;
            this.thresholds = thresholds;
        }

        void lead(long id, int points, String qualification) {
            int n = (int) leads;
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, n * 2);
                scores = java.util.Arrays.copyOf(scores, n * 2);
                qualifications = java.util.Arrays.copyOf(qualifications, n * 2);
            }
            ids[n] = id;
            scores[n] = points;
            qualifications[n] = qualification;
            leads++;
        }

        void addBehaviour(IdScores behaviour) {
            int n = (int) leads;
            changedIds = new long[n];
            changedScores = new int[n];
            int b = 0;
            for (int i = 0; i < n; i++) {
                long id = ids[i];
                while (b < behaviour.size() && behaviour.id(b) < id) {
                    b++;
                }
                int score = scores[i] + (b < behaviour.size() && behaviour.id(b) == id ? behaviour.value(b) : 0);
                int at = stored.indexOf(id);
                if (at < 0 || stored.value(at) != score) {
                    changedIds[changed] = id;
                    changedScores[changed] = score;
                    changed++;
                }
                String qualification = qualifications[i];
                if (ScoreRepository.followsScore(qualification) && !hand.contains(id)) {
                    String suggested = thresholds.suggest(score).name();
                    if (!suggested.equals(qualification)) {
                        moves.add(new ScoreRepository.Move(id, qualification, suggested));
                    }
                }
            }
        }

        /** Stored scores of leads that no longer exist. */
        List<Long> gone() {
            List<Long> gone = new ArrayList<>();
            int n = (int) leads;
            for (int s = 0; s < stored.size(); s++) {
                if (java.util.Arrays.binarySearch(ids, 0, n, stored.id(s)) < 0) {
                    gone.add(stored.id(s));
                }
            }
            return gone;
        }
    }

    /** Rescores the leads that changed while a full rescore held lead_score. */
    private void catchUp() {
        List<Long> ids = new ArrayList<>(changedMeanwhile);
        changedMeanwhile.removeAll(ids);
        if (!ids.isEmpty()) {
            dsl.transaction(cfg -> ids.forEach(id -> rescoreOne(cfg.dsl(), id)));
        }
    }

    @Override
    public void changed(DSLContext tx, long leadId) {
        if (rescoringAll.get()) {
            changedMeanwhile.add(leadId);
            return;
        }
        rescoreOne(tx, leadId);
    }

    private void rescoreOne(DSLContext tx, long leadId) {
        rescore(tx, ScoreRepository.Scope.lead(leadId));
    }

    /** Rescores the leads in scope in the caller's transaction, and lets their qualification follow. */
    private void rescore(DSLContext tx, ScoreRepository.Scope scope) {
        RuleSet set = ruleSet();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.rescore(tx, new ScoreQuery(tx, set.rules(), now), scope);
        repository.followScores(tx, set.thresholds(), scope, now);
    }

    @Override
    public void imported(DSLContext tx, long batchId, String fileName, SourceTool tool) {
        rescore(tx, ScoreRepository.Scope.batch(batchId));
    }

    /**
     * Scores leads added in bulk with ids in [from, to] (the demo data), in the caller's transaction, and lets their
     * qualification follow.
     */
    public void scoreNew(DSLContext tx, long from, long to) {
        rescore(tx, ScoreRepository.Scope.between(from, to));
    }

    @Override
    public void undone(DSLContext tx, long batchId, long leadId) {
        changed(tx, leadId);
    }

    /** Why the lead has its score; empty when it does not exist. */
    public Optional<ScoreBreakdown> breakdown(long leadId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<Qualification> qualification = repository.qualification(tx, leadId);
            if (qualification.isEmpty()) {
                return Optional.empty();
            }
            RuleSet set = ruleSet();
            OffsetDateTime now = OffsetDateTime.now(clock);
            ScoreQuery query = new ScoreQuery(tx, set.rules(), now);
            ScoreQuery.Breakdown parts = query.breakdown(tx, leadId);
            List<ScoreLine> lines = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < query.rules().size(); i++) {
                int points = parts.points().get(i);
                total += points;
                if (points != 0) {
                    ScoreRule rule = query.rules().get(i);
                    lines.add(new ScoreLine(rule, points, ScoreDetails.detail(rule, i, query, parts, now)));
                }
            }
            int score = repository.score(tx, leadId).orElse(total);
            return Optional.of(new ScoreBreakdown(
                    leadId,
                    score,
                    lines,
                    set.thresholds().suggest(score),
                    qualification.get(),
                    repository.byHand(tx, leadId)));
        });
    }

    /** Lets the lead's qualification follow its score again (it was set by hand), moving it there now. */
    public void followScore(long leadId) {
        dsl.transaction(cfg -> {
            repository.clearHand(cfg.dsl(), leadId);
            rescoreOne(cfg.dsl(), leadId);
        });
        listeners.forEach(Runnable::run);
    }

    /** How a draft rule set would score the leads (a sample of them above {@value #PREVIEW_ALL_UP_TO}). */
    public ScorePreview preview(List<ScoreRule> draft, ScoreThresholds thresholds) {
        List<ScoreRule> valid = new ArrayList<>();
        for (ScoreRule rule : draft) {
            try {
                valid.add(rule.validate());
            } catch (UserException e) {
                valid.add(rule.withEnabled(false));
            }
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long leads = repository.scoredLeads(tx);
            long every = leads <= PREVIEW_ALL_UP_TO ? 1 : Math.ceilDiv(leads, PREVIEW_ALL_UP_TO);
            ScoreQuery query = new ScoreQuery(tx, valid, OffsetDateTime.now(clock));
            RulePoints points = repository.rulePoints(tx, query, every);
            long looked = points.histogram().total();
            double scale = every == 1 || looked == 0 ? 1 : (double) leads / looked;
            List<Long> matches = new ArrayList<>();
            int enabled = 0;
            for (ScoreRule rule : valid) {
                matches.add(rule.enabled() ? Math.round(points.matches()[enabled++] * scale) : 0L);
            }
            java.util.Map<Integer, Long> scaled = new java.util.TreeMap<>();
            points.histogram().buckets().forEach((bucket, count) -> scaled.put(bucket, Math.round(count * scale)));
            return new ScorePreview(matches, new ScoreHistogram(scaled), repository.histogram(tx), 1 / scale);
        });
    }

    public ScoreSummary summary() {
        return dsl.transactionResult(
                cfg -> new ScoreSummary(repository.histogram(cfg.dsl()), repository.qualificationCounts(cfg.dsl())));
    }

    /** The suggestion for a score under the current thresholds. */
    public Qualification suggest(int score) {
        return thresholds().suggest(score);
    }

    /** The names of the custom fields leads have, for attribute rules. */
    public List<String> customFieldNames() {
        return repository.customFieldNames(dsl);
    }
}
