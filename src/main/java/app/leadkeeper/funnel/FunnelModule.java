package app.leadkeeper.funnel;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.Module;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The Funnel destination: the kanban board and the funnel chart, and the menu entries that drive the board. */
public final class FunnelModule implements Module {
    private final BoardModel model;
    private final FunnelService funnel;
    private final ChannelService channels;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final Clock clock;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty boardShown = new SimpleBooleanProperty(true);
    private TabPane view;
    private BoardView board;
    private FunnelChartView chart;

    public FunnelModule(
            BoardService boardService,
            FunnelService funnel,
            ChannelService channels,
            TaskRunner tasks,
            Notifier notifier,
            Consumer<Exception> errors,
            Clock clock) {
        this.funnel = funnel;
        this.channels = channels;
        this.tasks = tasks;
        this.errors = errors;
        this.clock = clock;
        this.model = new BoardModel(
                boardService, channels, tasks, notifier, errors, new OutcomeDialogs(this::window, clock));
        boardService.onPipelineChange(() -> Platform.runLater(() -> {
            if (view != null) {
                model.reloadPipeline();
            }
        }));
    }

    @Override
    public String title() {
        return "Funnel";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.FILTER_ALT;
    }

    @Override
    public Node view() {
        if (view == null) {
            board = new BoardView(model, clock);
            chart = new FunnelChartView(funnel, channels, tasks, errors, clock.getZone());
            Tab boardTab = new Tab("Board", board);
            boardTab.setId("tab-board");
            Tab chartTab = new Tab("Chart", chart);
            chartTab.setId("tab-chart");
            view = new TabPane(boardTab, chartTab);
            view.setId("funnel-tabs");
            view.getStyleClass().add("funnel-tabs");
            view.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            boardShown.bind(boardTab.selectedProperty());
            chartTab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected) {
                    chart.refresh();
                }
            });
            model.start();
            // Reads the funnel's snapshot in the background now, so that the chart (and the column heads) are quick
            // when asked for; at a million leads the first read takes seconds.
            tasks.run(() -> funnel.report(FunnelPeriod.ALL)).onError(errors).start();
        }
        return view;
    }

    /** Leads may have changed elsewhere meanwhile: coming back reads the board (or the chart) again. */
    @Override
    public void activate() {
        active.set(true);
        if (view != null) {
            model.reloadChoices();
            if (boardShown.get()) {
                model.reload();
            } else {
                chart.refresh();
            }
        }
    }

    @Override
    public void deactivate() {
        active.set(false);
    }

    public BoardModel model() {
        return model;
    }

    @Override
    public List<MenuItem> menuItems() {
        BooleanBinding canMove = active.and(boardShown).and(model.hasSelection());
        MenuItem next = item(
                "Move card to next stage",
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN),
                () -> model.moveSelected(1));
        MenuItem previous = item(
                "Move card to previous stage",
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN),
                () -> model.moveSelected(-1));
        MenuItem won = item(
                "Mark card won…",
                new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                model::markSelectedWon);
        MenuItem lost = item(
                "Mark card lost…",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                model::markSelectedLost);
        for (MenuItem item : List.of(next, previous, won, lost)) {
            item.disableProperty().bind(canMove.not());
        }
        MenuItem search = item("Search the board", null, () -> {
            showBoard();
            board.focusSearch();
        });
        MenuItem clear = item("Clear board filters", null, model::clearFilters);
        MenuItem refresh =
                item("Refresh board", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> {
                    showBoard();
                    model.reload();
                });
        return List.of(next, previous, won, lost, new SeparatorMenuItem(), search, clear, refresh);
    }

    private void showBoard() {
        view();
        view.getSelectionModel().selectFirst();
    }

    private Window window() {
        return view == null || view.getScene() == null ? null : view.getScene().getWindow();
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
