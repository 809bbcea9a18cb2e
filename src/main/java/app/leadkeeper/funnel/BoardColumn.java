package app.leadkeeper.funnel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One column of the board: its stage, the cards loaded so far (a keyset-paged prefix of the column, never the whole
 * column), whether more can be loaded, and the column's totals under the current filter. Changed by {@link BoardModel}.
 */
public final class BoardColumn {
    private final Stage stage;
    private final ObservableList<BoardCard> cards = FXCollections.observableArrayList();
    /**
     * The one read-only view handed out. A wrapper listens to the list weakly: a fresh one per call would drop its
     * listeners once collected, and the board would stop showing reloads.
     */
    private final ObservableList<BoardCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);

    private final ReadOnlyObjectWrapper<ColumnTotals> totals = new ReadOnlyObjectWrapper<>(ColumnTotals.NONE);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    long generation;

    BoardColumn(Stage stage) {
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }

    public ObservableList<BoardCard> cards() {
        return readOnlyCards;
    }

    ObservableList<BoardCard> mutableCards() {
        return cards;
    }

    public ReadOnlyObjectProperty<ColumnTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    void setTotals(ColumnTotals value) {
        totals.set(value);
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    void setHasMore(boolean value) {
        hasMore.set(value);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    void setLoading(boolean value) {
        loading.set(value);
    }

    public boolean isLoading() {
        return loading.get();
    }
}
