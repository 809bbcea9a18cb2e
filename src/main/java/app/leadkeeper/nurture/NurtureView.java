package app.leadkeeper.nurture;

import app.leadkeeper.ui.Buttons;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Nurture view: a header with the counts, the four lists as a segmented switch, the actions on the selected tasks,
 * and the table. Lays out and binds only; the commands live in the {@link NurtureModel}.
 */
public final class NurtureView extends BorderPane {
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    private final NurtureModel model;
    private final Runnable newTask;
    private final Consumer<NurtureTask> edit;
    private final Runnable reschedule;
    private final TaskTable table;
    private final Map<TaskList, SortedList<NurtureTask>> sorted = new EnumMap<>(TaskList.class);
    private final Map<TaskList, ToggleButton> switches = new EnumMap<>(TaskList.class);
    private boolean reselecting;

    public NurtureView(NurtureModel model, Runnable newTask, Consumer<NurtureTask> edit, Runnable reschedule) {
        this.model = model;
        this.newTask = newTask;
        this.edit = edit;
        this.reschedule = reschedule;
        this.table = new TaskTable(model, edit);
        setId("nurture-view");
        getStyleClass().add("nurture-view");
        VBox top = new VBox(header(), actionBar());
        setTop(top);
        setCenter(table);
        setBottom(footer());
        buildTable();
    }

    private Node header() {
        Label title = new Label("Nurture");
        title.getStyleClass().add(Styles.TITLE_3);
        Label counts = new Label();
        counts.setId("nurture-counts");
        counts.getStyleClass().add("text-muted");
        counts.setWrapText(true);
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> countsText(model.countsProperty().get()), model.countsProperty()));
        VBox titles = new VBox(2, title, counts);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("New task", new FontIcon(Material2OutlinedAL.ADD_TASK));
        add.setId("task-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip("Add a follow-up task on a lead (Ctrl+Shift+T)"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> newTask.run());
        HBox header = new HBox(12, titles, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(14, 16, 6, 16));
        header.getStyleClass().add("nurture-header");
        return header;
    }

    static String countsText(TaskCounts counts) {
        List<String> parts = new ArrayList<>();
        if (counts.overdue() > 0) {
            parts.add(counts.overdue() + " overdue");
        }
        parts.add(counts.dueToday() == 0 ? "nothing more due today" : counts.dueToday() + " due later today");
        parts.add(counts.upcoming7Days() + " in the next 7 days");
        parts.add(counts.done7Days() + " done in the past 7 days");
        // Each phrase wraps as a whole: only the separators break in a narrow window.
        return String.join(
                " · ", parts.stream().map(p -> p.replace(' ', '\u00a0')).toList());
    }

    private Node actionBar() {
        ToggleGroup group = new ToggleGroup();
        HBox segments = new HBox();
        segments.getStyleClass().add("nurture-lists");
        TaskList[] all = TaskList.values();
        for (int i = 0; i < all.length; i++) {
            TaskList list = all[i];
            ToggleButton toggle = new ToggleButton();
            toggle.setId("list-" + list.name().toLowerCase());
            toggle.setToggleGroup(group);
            toggle.getStyleClass()
                    .add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            toggle.setMinWidth(Region.USE_PREF_SIZE);
            toggle.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> listText(list, model.countsProperty().get()), model.countsProperty()));
            toggle.setOnAction(e -> model.shownProperty().set(list));
            switches.put(list, toggle);
            segments.getChildren().add(toggle);
        }
        switches.get(TaskList.OVERDUE).getStyleClass().add("overdue-switch");
        model.countsProperty()
                .addListener((obs, old, now) ->
                        switches.get(TaskList.OVERDUE).pseudoClassStateChanged(LATE, now.overdue() > 0));
        model.shownProperty().addListener((obs, old, now) -> showList(now));

        Button complete = action(
                "task-complete", "Complete", Material2OutlinedAL.CHECK, "Mark done and log the touch (Ctrl+Enter)");
        complete.setOnAction(e -> model.complete());
        disable(complete, model.anyOpenSelected());
        Button reopen =
                action("task-reopen", "Reopen", Material2OutlinedMZ.UNDO, "Open the task again and remove its touch");
        reopen.setOnAction(e -> model.reopen());
        disable(reopen, model.anyDoneSelected());
        MenuButton snooze = new MenuButton("Snooze", new FontIcon(Material2OutlinedMZ.SNOOZE));
        snooze.setId("task-snooze");
        snooze.setTooltip(new Tooltip("Move the selected tasks later"));
        snooze.setMinWidth(Region.USE_PREF_SIZE);
        for (Snooze choice : Snooze.values()) {
            MenuItem item = new MenuItem(choice.label());
            item.setId("snooze-" + choice.name().toLowerCase().replace('_', '-'));
            item.setOnAction(e -> model.snooze(choice));
            snooze.getItems().add(item);
        }
        disable(snooze, model.anyOpenSelected());
        Button move =
                action("task-reschedule", "Reschedule…", Material2OutlinedAL.EVENT, "Choose a new due day and time");
        move.setOnAction(e -> reschedule.run());
        disable(move, model.anyOpenSelected());
        Button compose =
                action("task-compose", "Compose", Material2OutlinedMZ.SEND, "Write the email in your mail program");
        compose.setOnAction(e -> model.compose());
        disable(compose, model.canCompose());
        Button lead = action("task-open-lead", "Open lead", Material2OutlinedMZ.PERSON_OUTLINE, "Show the lead");
        lead.setOnAction(e -> model.openLead());
        disable(lead, model.singleSelected());
        Button delete = action(
                "task-delete",
                null,
                Material2OutlinedAL.DELETE_OUTLINE,
                "Delete the selected tasks (Delete); you can undo");
        delete.setOnAction(e -> model.delete());
        disable(delete, model.hasSelection());
        // Done tasks are reopened, not completed or moved.
        for (Node node : List.of(complete, snooze, move)) {
            node.visibleProperty().bind(model.shownProperty().isNotEqualTo(TaskList.DONE));
            node.managedProperty().bind(node.visibleProperty());
        }
        reopen.visibleProperty().bind(model.shownProperty().isEqualTo(TaskList.DONE));
        reopen.managedProperty().bind(reopen.visibleProperty());

        HBox actions = new HBox(
                6,
                complete,
                reopen,
                snooze,
                move,
                compose,
                lead,
                new Separator(javafx.geometry.Orientation.VERTICAL),
                delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(16, 8, segments, actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 16, 10, 16));
        bar.getStyleClass().addAll("filter-bar", "nurture-bar");
        return bar;
    }

    static String listText(TaskList list, TaskCounts counts) {
        return switch (list) {
            case TODAY -> "Today (" + counts.dueToday() + ")";
            case OVERDUE -> "Overdue (" + counts.overdue() + ")";
            case UPCOMING, DONE -> list.label();
        };
    }

    private Node footer() {
        Label note = new Label(String.format(
                "Showing the first %,d tasks of a list: complete or move some to see the rest.",
                TaskService.LIST_LIMIT));
        note.setId("nurture-truncated");
        note.getStyleClass().add("text-muted");
        note.setPadding(new Insets(4, 16, 4, 16));
        note.visibleProperty().bind(model.truncatedProperty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private void buildTable() {
        for (TaskList list : TaskList.values()) {
            SortedList<NurtureTask> items = new SortedList<>(model.tasks(list));
            items.comparatorProperty().bind(table.comparatorProperty());
            sorted.put(list, items);
        }
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<NurtureTask>) change -> {
            if (!reselecting) {
                model.selection().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        model.reselectRevisionProperty().addListener((obs, old, now) -> reselect());
        for (TaskList list : TaskList.values()) {
            model.tasks(list).addListener((ListChangeListener<NurtureTask>) change -> {
                if (model.shownProperty().get() == list) {
                    table.showColumnsFor(list, model.tasks(list));
                }
            });
        }
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                if (table.getSelectionModel().getSelectedItems().size() == 1) {
                    edit.accept(table.getSelectionModel().getSelectedItem());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE && e.isShortcutDown()) {
                model.delete();
                e.consume();
            }
        });
        table.placeholderProperty()
                .bind(Bindings.createObjectBinding(
                        () -> placeholder(model.shownProperty().get()),
                        model.shownProperty(),
                        model.loadedProperty(),
                        model.countsProperty()));
        showList(model.shownProperty().get());
    }

    private void showList(TaskList list) {
        switches.get(list).setSelected(true);
        table.setItems(sorted.get(list));
        table.showColumnsFor(list, model.tasks(list));
        model.selection().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    /** Selects the tasks the model asks for, in the list on screen. */
    private void reselect() {
        var ids = model.reselectIds();
        reselecting = true;
        try {
            table.getSelectionModel().clearSelection();
            List<NurtureTask> items = table.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (ids.contains(items.get(i).id())) {
                    table.getSelectionModel().select(i);
                }
            }
        } finally {
            reselecting = false;
        }
        model.selection().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
        if (!table.getSelectionModel().isEmpty()) {
            table.scrollTo(table.getSelectionModel().getSelectedIndex());
        }
    }

    private Node placeholder(TaskList list) {
        if (!model.loadedProperty().get()) {
            ProgressIndicator progress = new ProgressIndicator();
            progress.setMaxSize(40, 40);
            return progress;
        }
        record Empty(Ikon icon, String title, String text) {}
        Empty empty = switch (list) {
            case TODAY ->
                model.countsProperty().get().overdue() > 0
                        ? new Empty(
                                Material2OutlinedMZ.WB_SUNNY,
                                "Nothing more due today",
                                "Some tasks are overdue, though: they wait in Overdue until you complete or move them.")
                        : new Empty(
                                Material2OutlinedMZ.WB_SUNNY,
                                "Nothing due today",
                                "Tasks you add, or cadences you start, show up here on the day they are due.");
            case OVERDUE ->
                new Empty(
                        Material2OutlinedAL.CHECK_CIRCLE_OUTLINE,
                        "You are all caught up",
                        "Nothing is overdue. Tasks you do not complete on time move here, so that none is forgotten.");
            case UPCOMING ->
                new Empty(
                        Material2OutlinedAL.EVENT_AVAILABLE,
                        "Nothing planned after today",
                        "Add a follow-up task, or start a cadence on a lead, and the next steps line up here.");
            case DONE ->
                new Empty(
                        Material2OutlinedAL.DONE_ALL,
                        "No task done yet",
                        "Completed tasks show up here. Each logged a touch on its lead; Reopen takes it back.");
        };
        FontIcon icon = new FontIcon(empty.icon());
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(empty.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(empty.text());
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(440);
        VBox box = new VBox(10, icon, title, text);
        box.setId("nurture-empty");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER);
        long overdue = model.countsProperty().get().overdue();
        if (list == TaskList.TODAY && overdue > 0) {
            Button late = new Button("Show overdue (" + overdue + ")", new FontIcon(Material2OutlinedAL.ALARM));
            late.setId("empty-show-overdue");
            late.setOnAction(e -> model.shownProperty().set(TaskList.OVERDUE));
            buttons.getChildren().add(late);
        }
        if (list == TaskList.TODAY || list == TaskList.UPCOMING) {
            Button add = new Button("New task", new FontIcon(Material2OutlinedAL.ADD_TASK));
            add.setOnAction(e -> newTask.run());
            buttons.getChildren().add(add);
        }
        if (!buttons.getChildren().isEmpty()) {
            box.getChildren().add(buttons);
        }
        return box;
    }

    public javafx.scene.control.TableView<NurtureTask> table() {
        return table;
    }

    private static Button action(String id, String text, Ikon ikon, String tooltip) {
        return Buttons.tool(id, text, ikon, tooltip);
    }

    private static void disable(Node node, BooleanExpression enabled) {
        node.disableProperty().bind(enabled.not());
    }
}
