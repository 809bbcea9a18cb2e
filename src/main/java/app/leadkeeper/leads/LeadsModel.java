package app.leadkeeper.leads;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageService;
import app.leadkeeper.ui.Notifier;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation model of the leads table: filter inputs, the page on screen, the total, paging and deletion with
 * undo. All database work runs through the {@link TaskRunner}; a newer request makes older answers obsolete, so fast
 * typing never shows stale rows.
 */
public final class LeadsModel {
    public static final int PAGE_SIZE = 100;
    static final long COUNTING = -1;

    private final LeadService leads;
    private final ChannelService channels;
    private final StageService stages;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Consumer<Exception> errors;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<Qualification> qualification = new SimpleObjectProperty<>();
    private final ObjectProperty<BantFilter> bant = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> minScore = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> maxScore = new SimpleObjectProperty<>();
    private final ObjectProperty<LeadSort> sort = new SimpleObjectProperty<>(LeadSort.NEWEST_FIRST);

    private final ObservableList<LeadRow> rows = FXCollections.observableArrayList();

    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<LeadRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);

    private final ObservableList<Channel> channelChoices = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<Channel> channelChoicesReadOnly =
            FXCollections.unmodifiableObservableList(channelChoices);

    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<String> tagChoicesReadOnly = FXCollections.unmodifiableObservableList(tagChoices);

    private final ObservableList<Stage> stageChoices = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<Stage> stageChoicesReadOnly = FXCollections.unmodifiableObservableList(stageChoices);

    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(COUNTING);
    private final ReadOnlyLongWrapper totalLeads = new ReadOnlyLongWrapper(COUNTING);
    private final ReadOnlyIntegerWrapper firstRowIndex = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");

    private LeadPage page = LeadPage.EMPTY;
    private PageRequest request = PageRequest.first(PAGE_SIZE);
    private volatile long generation;
    private List<Lead> lastDeleted = List.of();

    public LeadsModel(
            LeadService leads,
            ChannelService channels,
            StageService stages,
            TaskRunner tasks,
            Notifier notifier,
            Consumer<Exception> errors) {
        this.leads = leads;
        this.channels = channels;
        this.stages = stages;
        this.tasks = tasks;
        this.notifier = notifier;
        this.errors = errors;
        search.addListener((obs, old, now) -> firstPage());
        createdFrom.addListener((obs, old, now) -> firstPage());
        createdTo.addListener((obs, old, now) -> firstPage());
        channel.addListener((obs, old, now) -> firstPage());
        tags.addListener((javafx.collections.ListChangeListener<String>) change -> firstPage());
        stage.addListener((obs, old, now) -> firstPage());
        qualification.addListener((obs, old, now) -> firstPage());
        bant.addListener((obs, old, now) -> firstPage());
        minScore.addListener((obs, old, now) -> firstPage());
        maxScore.addListener((obs, old, now) -> firstPage());
        sort.addListener((obs, old, now) -> firstPage());
        total.addListener((obs, old, now) -> updatePageText());
    }

    public LeadFilter filter() {
        Channel selected = channel.get();
        Stage inStage = stage.get();
        return new LeadFilter(
                search.get(),
                createdFrom.get(),
                createdTo.get(),
                selected == null ? null : selected.id(),
                List.copyOf(tags),
                inStage == null ? null : inStage.id(),
                qualification.get(),
                bant.get(),
                minScore.get(),
                maxScore.get());
    }

    /** Loads the choices of the filter bar and the first page. */
    public void start() {
        reloadChoices();
        firstPage();
    }

    public void reloadChoices() {
        tasks.run(() -> new Choices(channels.all(), leads.allTags(), stages.stages()))
                .onSuccess(choices -> {
                    Channel selected = channel.get();
                    channelChoices.setAll(choices.channels());
                    if (selected != null) {
                        channel.set(choices.channels().stream()
                                .filter(c -> c.id() == selected.id())
                                .findFirst()
                                .orElse(null));
                    }
                    tagChoices.setAll(choices.tags());
                    Stage selectedStage = stage.get();
                    if (!stageChoices.equals(choices.stages())) {
                        stageChoices.setAll(choices.stages());
                    }
                    if (selectedStage != null) {
                        stage.set(choices.stages().stream()
                                .filter(s -> s.id() == selectedStage.id())
                                .findFirst()
                                .orElse(null));
                    }
                })
                .onError(errors)
                .start();
    }

    private record Choices(List<Channel> channels, List<String> tags, List<Stage> stages) {}

    public void firstPage() {
        load(PageRequest.first(PAGE_SIZE), true);
    }

    public void lastPage() {
        load(PageRequest.last(PAGE_SIZE), false);
    }

    public void nextPage() {
        if (page.hasNext() && page.lastKey() != null) {
            load(PageRequest.after(page.lastKey(), PAGE_SIZE), false);
        }
    }

    public void previousPage() {
        if (page.hasPrevious() && page.firstKey() != null) {
            load(PageRequest.before(page.firstKey(), PAGE_SIZE), false);
        }
    }

    /** Reads the page on screen again, and the total, e.g. after a lead was saved. */
    public void refresh() {
        load(request, true);
    }

    /**
     * Reads the page on screen again without counting: its rows changed (a touch was logged on a lead), not which
     * leads match.
     */
    public void reloadPage() {
        load(request, false);
    }

    private void load(PageRequest next, boolean recount) {
        long mine = ++generation;
        LeadFilter filter = filter();
        LeadSort order = sort.get();
        int previousIndex = firstRowIndex.get();
        int previousSize = rows.size();
        loading.set(true);
        tasks.run(() -> mine == generation ? leads.page(filter, order, next) : null)
                .onSuccess(result -> {
                    if (mine != generation || result == null) {
                        return;
                    }
                    request = next;
                    page = result;
                    rows.setAll(result.rows());
                    hasPrevious.set(result.hasPrevious());
                    hasNext.set(result.hasNext());
                    firstRowIndex.set(
                            switch (next.position()) {
                                case FIRST -> 0;
                                case AFTER -> previousIndex + previousSize;
                                case BEFORE ->
                                    Math.max(0, previousIndex - result.rows().size());
                                case LAST ->
                                    total.get() >= 0
                                            ? (int) Math.max(
                                                    0,
                                                    total.get() - result.rows().size())
                                            : -1;
                            });
                    updatePageText();
                })
                .onError(errors)
                .andFinally(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .start();
        if (recount) {
            count(filter, mine);
        }
    }

    private void count(LeadFilter filter, long mine) {
        total.set(COUNTING);
        tasks.run(() -> mine != generation
                        ? null
                        : new long[] {leads.count(filter), filter.isEmpty() ? -2 : leads.count(LeadFilter.NONE)})
                .onSuccess(counts -> {
                    if (mine != generation || counts == null) {
                        return;
                    }
                    total.set(counts[0]);
                    totalLeads.set(counts[1] == -2 ? counts[0] : counts[1]);
                    if (request.position() == PageRequest.Position.LAST) {
                        firstRowIndex.set((int) Math.max(0, counts[0] - rows.size()));
                    }
                    updatePageText();
                })
                .onError(errors)
                .start();
    }

    private void updatePageText() {
        long count = total.get();
        if (rows.isEmpty()) {
            pageText.set(count == COUNTING ? "Counting…" : "No leads");
            return;
        }
        String of = count == COUNTING ? "counting…" : String.format("%,d", count);
        int first = firstRowIndex.get();
        pageText.set(
                first < 0
                        ? String.format("Last %,d of %s", rows.size(), of)
                        : String.format("%,d–%,d of %s", first + 1, first + rows.size(), of));
    }

    /** Deletes the leads at once and offers to undo. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(() -> leads.deleteAll(ids))
                .onSuccess(deleted -> {
                    lastDeleted = deleted;
                    canUndo.set(!deleted.isEmpty());
                    String what = deleted.size() == 1
                            ? "Deleted " + describe(deleted.getFirst())
                            : "Deleted " + deleted.size() + " leads";
                    notifier.show(what, "Undo", this::undoDelete);
                    refresh();
                })
                .onError(errors)
                .start();
    }

    /** Brings back the leads deleted last. */
    public void undoDelete() {
        List<Lead> restore = lastDeleted;
        if (restore.isEmpty()) {
            return;
        }
        lastDeleted = List.of();
        canUndo.set(false);
        tasks.run(() -> {
                    leads.restore(restore);
                    return restore.size();
                })
                .onSuccess(n -> {
                    notifier.show(n == 1 ? "Restored " + describe(restore.getFirst()) : "Restored " + n + " leads");
                    refresh();
                })
                .onError(errors)
                .start();
    }

    private static String describe(Lead lead) {
        String name = lead.data().displayName();
        if (!name.isEmpty()) {
            return "“" + name + "”";
        }
        return lead.data().email() != null ? lead.data().email() : "lead " + lead.id();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** The stage filter; null for every stage. */
    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    /** The BANT filter; null for any answers. */
    public ObjectProperty<BantFilter> bantProperty() {
        return bant;
    }

    /** The lowest score shown (included); null for no lower end. */
    public ObjectProperty<Integer> minScoreProperty() {
        return minScore;
    }

    /** The highest score shown (included); null for no upper end. */
    public ObjectProperty<Integer> maxScoreProperty() {
        return maxScore;
    }

    /** The qualification filter; null for every qualification. */
    public ObjectProperty<Qualification> qualificationProperty() {
        return qualification;
    }

    public ObjectProperty<LeadSort> sortProperty() {
        return sort;
    }

    public ObservableList<LeadRow> rows() {
        return rowsReadOnly;
    }

    public ObservableList<Channel> channelChoices() {
        return channelChoicesReadOnly;
    }

    public ObservableList<Stage> stageChoices() {
        return stageChoicesReadOnly;
    }

    public ObservableList<String> tagChoices() {
        return tagChoicesReadOnly;
    }

    /** Leads matching the filter; -1 while counting. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** All leads in the database, whatever the filter; -1 until known. */
    public ReadOnlyLongProperty totalLeadsProperty() {
        return totalLeads.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty firstRowIndexProperty() {
        return firstRowIndex.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public void clearFilters() {
        search.set("");
        createdFrom.set(null);
        createdTo.set(null);
        channel.set(null);
        tags.clear();
        stage.set(null);
        qualification.set(null);
        bant.set(null);
        minScore.set(null);
        maxScore.set(null);
    }
}
