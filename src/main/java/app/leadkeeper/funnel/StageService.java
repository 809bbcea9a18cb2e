package app.leadkeeper.funnel;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.core.UserException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * The editable pipeline: add, rename, recolour, reorder and delete stages, and the list of lost reasons. The pipeline
 * always keeps at least one open, one won and one lost stage, so that the board has its columns and drop zones.
 */
public final class StageService {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final DSLContext dsl;
    private final StageRepository repository;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<StageRemovalListener> removalListeners = new CopyOnWriteArrayList<>();

    public StageService(DSLContext dsl, StageRepository repository, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.clock = clock;
    }

    /** Called after every change to the pipeline or the lost reasons, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Called inside the transaction that deletes a stage, after its leads moved. */
    public void addRemovalListener(StageRemovalListener listener) {
        removalListeners.add(listener);
    }

    public List<Stage> stages() {
        return repository.all(dsl);
    }

    public List<Stage> openStages() {
        return stages().stream().filter(Stage::isOpen).toList();
    }

    /** Stage ids by name folded like {@link TextKeys#fold}, for matching the values of a stage column. */
    public Map<String, Long> idsByFoldedName() {
        Map<String, Long> ids = new java.util.HashMap<>();
        stages().forEach(s -> ids.put(TextKeys.fold(s.name()), s.id()));
        return ids;
    }

    public Stage find(long id) {
        return stages().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() -> new UserException("That stage no longer exists."));
    }

    /** Adds a stage after the last stage of its kind. */
    public Stage add(StageDraft draft) {
        StageDraft clean = validate(draft, 0);
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Stage> stages = repository.all(tx);
            int insertAt = 0;
            for (int i = 0; i < stages.size(); i++) {
                if (stages.get(i).kind().ordinal() <= clean.kind().ordinal()) {
                    insertAt = i + 1;
                }
            }
            long created = repository.insert(tx, clean, stages.size() + 1);
            List<Long> order = new ArrayList<>(stages.stream().map(Stage::id).toList());
            order.add(insertAt, created);
            repository.setPositions(tx, order);
            return created;
        });
        changed();
        return find(id);
    }

    public Stage update(long id, StageDraft draft) {
        StageDraft clean = validate(draft, id);
        dsl.transaction(cfg -> {
            List<Stage> stages = repository.all(cfg.dsl());
            Stage current = stages.stream()
                    .filter(s -> s.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new UserException("That stage no longer exists."));
            if (current.kind() != clean.kind()) {
                requireAnotherOfKind(stages, current, "change the kind of");
            }
            repository.update(cfg.dsl(), id, clean);
        });
        changed();
        return find(id);
    }

    /** Puts the stages in the given order (every stage id exactly once). */
    public void reorder(List<Long> ids) {
        Set<Long> given = new LinkedHashSet<>(ids);
        Set<Long> known = new LinkedHashSet<>(stages().stream().map(Stage::id).toList());
        if (given.size() != ids.size() || !given.equals(known)) {
            throw new UserException("The stages changed meanwhile; the order was not saved.");
        }
        dsl.transaction(cfg -> repository.setPositions(cfg.dsl(), ids));
        changed();
    }

    /** Moves a stage one place up (-1) or down (+1). */
    public void move(long id, int delta) {
        List<Long> order = new ArrayList<>(stages().stream().map(Stage::id).toList());
        int from = order.indexOf(id);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        reorder(order);
    }

    public Map<Long, Long> leadCounts() {
        return repository.leadCounts(dsl);
    }

    /**
     * Deletes a stage. A stage that holds leads needs {@code moveTo}: its leads go there, each move kept in their
     * history. Returns how many leads moved.
     */
    public int delete(long id, Long moveTo) {
        int moved = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Stage> stages = repository.all(tx);
            Stage stage = stages.stream()
                    .filter(s -> s.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new UserException("That stage no longer exists."));
            requireAnotherOfKind(stages, stage, "delete");
            long holding = repository.leadCounts(tx).getOrDefault(id, 0L);
            int count = 0;
            if (holding > 0) {
                if (moveTo == null || moveTo == id) {
                    throw new UserException("\"" + stage.name() + "\" holds " + holding
                            + " leads: choose the stage they move to before deleting it.");
                }
                Stage target = stages.stream()
                        .filter(s -> s.id() == moveTo)
                        .findFirst()
                        .orElseThrow(() -> new UserException("The stage to move the leads to no longer exists."));
                count = repository.moveAllLeads(tx, stage, target, OffsetDateTime.now(clock));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (StageRemovalListener listener : removalListeners) {
                listener.removed(tx, id, now);
            }
            repository.delete(tx, id);
            repository.setPositions(
                    tx, stages.stream().map(Stage::id).filter(s -> s != id).toList());
            return count;
        });
        changed();
        return moved;
    }

    public List<String> lostReasons() {
        return repository.lostReasons(dsl);
    }

    /** Saves the list of lost reasons in this order; blank and repeated entries are dropped. */
    public void setLostReasons(List<String> reasons) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> clean = new ArrayList<>();
        for (String reason : reasons) {
            String text = TextKeys.clean(reason);
            if (text != null && text.length() <= 200 && keys.add(TextKeys.fold(text))) {
                clean.add(text);
            }
        }
        dsl.transaction(cfg -> repository.replaceLostReasons(cfg.dsl(), clean));
        changed();
    }

    private StageDraft validate(StageDraft draft, long id) {
        String name = TextKeys.clean(draft.name());
        if (name == null) {
            throw new UserException("A stage needs a name.");
        }
        if (name.length() > 100) {
            throw new UserException("A stage name can have at most 100 characters.");
        }
        if (repository.nameTaken(dsl, name, id)) {
            throw new UserException("There is already a stage called \"" + name + "\".");
        }
        if (draft.color() == null || !COLOR.matcher(draft.color()).matches()) {
            throw new UserException("A stage colour is written #rrggbb, not \"" + draft.color() + "\".");
        }
        if (draft.section() == null || draft.kind() == null) {
            throw new UserException("A stage needs a funnel section and a kind.");
        }
        return new StageDraft(name, draft.color().toLowerCase(java.util.Locale.ROOT), draft.section(), draft.kind());
    }

    private static void requireAnotherOfKind(List<Stage> stages, Stage stage, String action) {
        long sameKind = stages.stream().filter(s -> s.kind() == stage.kind()).count();
        if (sameKind <= 1) {
            throw new UserException("Cannot " + action + " \"" + stage.name() + "\": the pipeline needs at least one "
                    + stage.kind().label().toLowerCase(java.util.Locale.ROOT) + " stage.");
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
