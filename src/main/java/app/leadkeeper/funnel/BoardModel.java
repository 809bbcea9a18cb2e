package app.leadkeeper.funnel;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.leads.StageMove;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.ui.Notifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation model of the kanban board: filters, one {@link BoardColumn} per open stage, a drop zone per won or
 * lost stage, the selected card, and the move command that drag and drop, the keyboard and the menu all go through.
 * Database work runs through the {@link TaskRunner}; a newer load of a column makes older answers obsolete.
 */
public final class BoardModel {
    /** Cards fetched per page of a column: the list view is virtual, so only what is scrolled to gets loaded. */
    public static final int PAGE_SIZE = 200;
    /** A refreshed column keeps at most this many of the cards it had loaded. */
    static final int MAX_RELOAD = 1_000;

    static final long UNKNOWN = -1;

    private final BoardService service;
    private final ChannelService channels;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Consumer<Exception> errors;
    private final OutcomeAsker asker;

    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Qualification> qualification = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Channel> channelChoices = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<Channel> channelChoicesReadOnly =
            FXCollections.unmodifiableObservableList(channelChoices);

    private final ObservableList<BoardColumn> columns = FXCollections.observableArrayList();

    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<BoardColumn> columnsReadOnly = FXCollections.unmodifiableObservableList(columns);

    private final ObservableList<BoardColumn> dropZones = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<BoardColumn> dropZonesReadOnly = FXCollections.unmodifiableObservableList(dropZones);

    private final ObjectProperty<BoardCard> selected = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper allLeads = new ReadOnlyLongWrapper(UNKNOWN);
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(UNKNOWN);
    private List<String> lostReasons = List.of();
    private long totalsGeneration;

    public BoardModel(
            BoardService service,
            ChannelService channels,
            TaskRunner tasks,
            Notifier notifier,
            Consumer<Exception> errors,
            OutcomeAsker asker) {
        this.service = service;
        this.channels = channels;
        this.tasks = tasks;
        this.notifier = notifier;
        this.errors = errors;
        this.asker = asker;
        channel.addListener((obs, old, now) -> reload());
        qualification.addListener((obs, old, now) -> reload());
        createdFrom.addListener((obs, old, now) -> reload());
        createdTo.addListener((obs, old, now) -> reload());
        search.addListener((obs, old, now) -> reload());
    }

    /** Loads the channel choices, the pipeline and every column. */
    public void start() {
        reloadChoices();
        reloadPipeline();
    }

    public void reloadChoices() {
        tasks.run(channels::all)
                .onSuccess(all -> {
                    Channel chosen = channel.get();
                    channelChoices.setAll(all);
                    if (chosen != null) {
                        channel.set(all.stream()
                                .filter(c -> c.id() == chosen.id())
                                .findFirst()
                                .orElse(null));
                    }
                })
                .onError(errors)
                .start();
    }

    /** Reads the stages again (after the pipeline was edited) and rebuilds the columns. */
    public void reloadPipeline() {
        tasks.run(service::pipeline)
                .onSuccess(pipeline -> {
                    lostReasons = pipeline.lostReasons();
                    List<BoardColumn> open = new ArrayList<>();
                    List<BoardColumn> closing = new ArrayList<>();
                    for (Stage stage : pipeline.stages()) {
                        (stage.isOpen() ? open : closing).add(new BoardColumn(stage));
                    }
                    closing.sort((a, b) -> a.stage().kind().compareTo(b.stage().kind()));
                    columns.setAll(open);
                    dropZones.setAll(closing);
                    reload();
                })
                .onError(errors)
                .start();
    }

    /** Reloads every column from its first page, and the totals. */
    public void reload() {
        columns.forEach(column -> loadFirst(column, PAGE_SIZE));
        loadTotals();
    }

    public BoardFilter filter() {
        Channel chosen = channel.get();
        return new BoardFilter(
                chosen == null ? null : chosen.id(),
                qualification.get(),
                createdFrom.get(),
                createdTo.get(),
                search.get());
    }

    public void clearFilters() {
        channel.set(null);
        qualification.set(null);
        createdFrom.set(null);
        createdTo.set(null);
        search.set("");
    }

    private void loadFirst(BoardColumn column, int limit) {
        long mine = ++column.generation;
        BoardFilter filter = filter();
        column.setLoading(true);
        tasks.run(() -> service.page(column.stage().id(), filter, null, limit + 1))
                .onSuccess(cards -> {
                    if (mine == column.generation) {
                        column.setHasMore(cards.size() > limit);
                        column.mutableCards().setAll(cards.subList(0, Math.min(limit, cards.size())));
                    }
                })
                .onError(errors)
                .andFinally(() -> {
                    if (mine == column.generation) {
                        column.setLoading(false);
                    }
                })
                .start();
    }

    /** Fetches the next page of a column, if it has more and is not loading already (the view asks near the end). */
    public void loadMore(BoardColumn column) {
        if (column.isLoading()
                || !column.hasMoreProperty().get()
                || column.cards().isEmpty()) {
            return;
        }
        long mine = column.generation;
        BoardFilter filter = filter();
        BoardCard last = column.cards().getLast();
        column.setLoading(true);
        tasks.run(() -> service.page(column.stage().id(), filter, last, PAGE_SIZE + 1))
                .onSuccess(cards -> {
                    if (mine == column.generation) {
                        column.setHasMore(cards.size() > PAGE_SIZE);
                        column.mutableCards().addAll(cards.subList(0, Math.min(PAGE_SIZE, cards.size())));
                    }
                })
                .onError(errors)
                .andFinally(() -> {
                    if (mine == column.generation) {
                        column.setLoading(false);
                    }
                })
                .start();
    }

    private void loadTotals() {
        long mine = ++totalsGeneration;
        BoardFilter filter = filter();
        tasks.run(() -> service.totals(filter))
                .onSuccess(totals -> {
                    if (mine != totalsGeneration) {
                        return;
                    }
                    long sum = 0;
                    for (BoardColumn column : allColumns()) {
                        ColumnTotals of = totals.of(column.stage().id());
                        column.setTotals(of);
                        sum += of.leads();
                    }
                    matching.set(sum);
                    allLeads.set(totals.allLeads());
                })
                .onError(errors)
                .start();
    }

    /**
     * Moves a card's lead to a stage: the one command behind drag and drop, the keyboard and the menu. A won stage
     * asks for the date and revenue first, a lost stage for the reason; cancelling there moves nothing.
     */
    public void move(BoardCard card, Stage target) {
        if (card == null || target == null || card.stageId() == target.id()) {
            return;
        }
        Optional<StageOutcome> outcome = switch (target.kind()) {
            case OPEN -> Optional.of(StageOutcome.OPEN);
            case WON -> asker.askWon(card, target);
            case LOST -> asker.askLost(card, target, lostReasons);
        };
        if (outcome.isEmpty()) {
            return;
        }
        StageOutcome chosen = outcome.get();
        tasks.run(() -> service.move(card.id(), target.id(), chosen))
                .onSuccess(move -> {
                    notifier.show("Moved " + quoted(card) + " to " + target.name(), "Undo", () -> undo(move, card));
                    selected.set(target.isOpen() ? card.inStage(target.id()) : null);
                    shiftTotals(card, card.stageId(), target.id());
                    refreshStages(Set.of(card.stageId(), target.id()));
                })
                .onError(errors)
                .start();
    }

    /** Moves the selected card to the next (+1) or previous (-1) open stage. */
    public void moveSelected(int delta) {
        BoardCard card = selected.get();
        if (card == null) {
            return;
        }
        int index = indexOfColumn(card.stageId());
        int to = index + delta;
        if (index < 0 || to < 0 || to >= columns.size()) {
            return;
        }
        move(card, columns.get(to).stage());
    }

    public void markSelectedWon() {
        moveSelectedTo(StageKind.WON);
    }

    public void markSelectedLost() {
        moveSelectedTo(StageKind.LOST);
    }

    private void moveSelectedTo(StageKind kind) {
        dropZones.stream()
                .filter(zone -> zone.stage().kind() == kind)
                .findFirst()
                .ifPresent(zone -> move(selected.get(), zone.stage()));
    }

    private void undo(StageMove move, BoardCard card) {
        tasks.run(() -> {
                    service.undo(move);
                    return move;
                })
                .onSuccess(undone -> {
                    String back = allColumns().stream()
                            .filter(c -> c.stage().id() == move.fromStageId())
                            .map(c -> c.stage().name())
                            .findFirst()
                            .orElse("its stage");
                    notifier.show("Moved " + quoted(card) + " back to " + back);
                    selected.set(card);
                    shiftTotals(card, move.toStageId(), move.fromStageId());
                    refreshStages(Set.of(move.fromStageId(), move.toStageId()));
                })
                .onError(errors)
                .start();
    }

    /** Reloads the columns of these stages, keeping about as many cards as they had. */
    private void refreshStages(Set<Long> stageIds) {
        for (BoardColumn column : columns) {
            if (stageIds.contains(column.stage().id())) {
                int loaded = column.cards().size();
                loadFirst(column, Math.min(MAX_RELOAD, Math.max(PAGE_SIZE, loaded)));
            }
        }
    }

    /**
     * Moves one card's count and deal value from one column head to another. The card was on the board, so it matches
     * the filter: no need to count a million leads again (half a second at that size) after every drag.
     */
    private void shiftTotals(BoardCard card, long fromStage, long toStage) {
        totalsGeneration++; // a count still running from before the move would show it undone
        BigDecimal value = card.dealValue() == null ? BigDecimal.ZERO : card.dealValue();
        for (BoardColumn column : allColumns()) {
            ColumnTotals now = column.totalsProperty().get();
            if (column.stage().id() == fromStage) {
                column.setTotals(new ColumnTotals(
                        Math.max(0, now.leads() - 1), now.value().subtract(value)));
            } else if (column.stage().id() == toStage) {
                column.setTotals(new ColumnTotals(now.leads() + 1, now.value().add(value)));
            }
        }
    }

    private int indexOfColumn(long stageId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).stage().id() == stageId) {
                return i;
            }
        }
        return -1;
    }

    private List<BoardColumn> allColumns() {
        List<BoardColumn> all = new ArrayList<>(columns);
        all.addAll(dropZones);
        return all;
    }

    private static String quoted(BoardCard card) {
        return "“" + card.name() + "”";
    }

    public ObservableList<BoardColumn> columns() {
        return columnsReadOnly;
    }

    /** One drop zone per won or lost stage, won first. */
    public ObservableList<BoardColumn> dropZones() {
        return dropZonesReadOnly;
    }

    public ObjectProperty<BoardCard> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelection() {
        return selected.isNotNull();
    }

    /** Leads in the database, whatever the filter; -1 until known. */
    public ReadOnlyLongProperty allLeadsProperty() {
        return allLeads.getReadOnlyProperty();
    }

    /** Leads the filters match, over every column and drop zone; -1 until known. */
    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Qualification> qualificationProperty() {
        return qualification;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Channel> channelChoices() {
        return channelChoicesReadOnly;
    }
}
