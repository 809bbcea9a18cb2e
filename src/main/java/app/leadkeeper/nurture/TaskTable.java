package app.leadkeeper.nurture;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The table of one task list: due (and how late), priority, kind, title, lead, cadence; the done time when done. */
final class TaskTable extends TableView<NurtureTask> {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private static final double DUE_WIDTH = 165;
    private static final double OVERDUE_DUE_WIDTH = 230;

    private final NurtureModel model;
    private final TableColumn<NurtureTask, NurtureTask> doneColumn;
    private final TableColumn<NurtureTask, NurtureTask> cadenceColumn;
    private final TableColumn<NurtureTask, NurtureTask> dueColumn;

    TaskTable(NurtureModel model, Consumer<NurtureTask> edit) {
        this.model = model;
        setId("task-table");
        getStyleClass().add("task-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<NurtureTask, NurtureTask> due = column(
                "col-due", "Due", 230, Comparator.comparing(NurtureTask::dueAt), (cell, task) -> dueCell(cell, task));
        doneColumn = column(
                "col-done",
                "Done",
                135,
                Comparator.comparing(NurtureTask::doneAt, Comparator.nullsLast(Comparator.naturalOrder())),
                (cell, task) -> cell.setText(task.doneAt() == null ? "" : DueText.of(task.doneAt(), now())));
        TableColumn<NurtureTask, NurtureTask> priority = column(
                "col-priority",
                "Priority",
                80,
                Comparator.comparing(NurtureTask::priority),
                (cell, task) -> priorityCell(cell, task.priority()));
        TableColumn<NurtureTask, NurtureTask> kind =
                column("col-kind", "Kind", 130, Comparator.comparing(NurtureTask::kind), (cell, task) -> {
                    cell.setText(task.kind().label());
                    cell.setGraphic(icon(kindIcon(task.kind()), "kind-icon"));
                });
        TableColumn<NurtureTask, NurtureTask> title = column(
                "col-title", "Task", 320, Comparator.comparing(t -> t.title().toLowerCase()), (cell, task) -> {
                    cell.setText(task.title());
                    cell.setTooltip(new Tooltip(
                            task.message() == null ? task.title() : task.title() + "\n\n" + task.message()));
                });
        TableColumn<NurtureTask, NurtureTask> lead = column(
                "col-lead", "Lead", 220, Comparator.comparing(t -> leadText(t).toLowerCase()), (cell, task) -> {
                    cell.setText(leadText(task));
                    cell.setTooltip(new Tooltip(
                            task.leadEmail() == null ? leadText(task) : leadText(task) + "\n" + task.leadEmail()));
                });
        TableColumn<NurtureTask, NurtureTask> cadence = column(
                "col-cadence",
                "Cadence",
                130,
                Comparator.comparing(t -> t.cadence() == null ? "" : t.cadence()),
                (cell, task) -> cell.setText(task.cadence() == null ? "" : task.cadence()));
        cadence.getStyleClass().add("muted-column");
        this.cadenceColumn = cadence;
        this.dueColumn = due;
        getColumns().setAll(List.of(due, doneColumn, priority, kind, title, lead, cadence));
        doneColumn.setVisible(false);
        // The short columns keep their width; the title and the lead share what is left.
        for (TableColumn<NurtureTask, NurtureTask> fixed : List.of(due, doneColumn, priority, kind)) {
            fixed.setMinWidth(fixed.getPrefWidth());
            fixed.setMaxWidth(fixed.getPrefWidth() + 30);
        }
        title.setMinWidth(120);
        lead.setMinWidth(110);
        cadence.setMinWidth(80);
        cadence.setMaxWidth(220);

        setRowFactory(table -> {
            TableRow<NurtureTask> row = new TableRow<>() {
                @Override
                protected void updateItem(NurtureTask task, boolean empty) {
                    super.updateItem(task, empty);
                    boolean done = !empty && task != null && task.isDone();
                    pseudoClassStateChanged(DONE, done);
                    pseudoClassStateChanged(
                            OVERDUE,
                            !empty
                                    && task != null
                                    && !done
                                    && !DueText.late(task.dueAt(), now()).isEmpty());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        // The relative texts ("Today", "2 h late") count from the moment the lists were read.
        model.readAtProperty().addListener((obs, old, now) -> refresh());
    }

    /** The done list shows when each task was done; the cadence column shows when a task came from a cadence. */
    void showColumnsFor(TaskList list, List<NurtureTask> tasks) {
        doneColumn.setVisible(list == TaskList.DONE);
        // Only overdue tasks carry "2 days late" beside the day: elsewhere the title gets that room.
        double dueWidth = list == TaskList.OVERDUE ? OVERDUE_DUE_WIDTH : DUE_WIDTH;
        dueColumn.setMinWidth(dueWidth);
        dueColumn.setPrefWidth(dueWidth);
        dueColumn.setMaxWidth(dueWidth + 30);
        cadenceColumn.setVisible(tasks.stream().anyMatch(task -> task.cadence() != null));
    }

    private ZonedDateTime now() {
        ZonedDateTime at = model.readAtProperty().get();
        return at != null ? at : model.now();
    }

    private void dueCell(TableCell<NurtureTask, NurtureTask> cell, NurtureTask task) {
        Label when = new Label(DueText.of(task.dueAt(), now()));
        when.getStyleClass().add("due-text");
        String late = task.isDone() ? "" : DueText.late(task.dueAt(), now());
        if (late.isEmpty()) {
            cell.setGraphic(when);
            return;
        }
        Label lateness = new Label(late);
        lateness.getStyleClass().add("due-late");
        lateness.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(8, when, lateness);
        box.setAlignment(Pos.CENTER_LEFT);
        cell.setGraphic(box);
    }

    private static void priorityCell(TableCell<NurtureTask, NurtureTask> cell, TaskPriority priority) {
        cell.setText(priority.label());
        cell.getStyleClass().removeAll("priority-high", "priority-normal", "priority-low");
        cell.getStyleClass().add("priority-" + priority.name().toLowerCase());
        cell.setGraphic(
                switch (priority) {
                    case HIGH -> icon(Material2OutlinedMZ.PRIORITY_HIGH, "priority-icon");
                    case LOW -> icon(Material2OutlinedAL.ARROW_DOWNWARD, "priority-icon");
                    case NORMAL -> null;
                });
    }

    static Ikon kindIcon(TaskKind kind) {
        return switch (kind) {
            case CALL -> Material2OutlinedMZ.PHONE;
            case EMAIL -> Material2OutlinedAL.EMAIL;
            case MEETING -> Material2OutlinedAL.GROUPS;
            case SEND_CONTENT -> Material2OutlinedAL.ATTACH_EMAIL;
            case OTHER -> Material2OutlinedAL.CHECK_BOX_OUTLINE_BLANK;
        };
    }

    private static String leadText(NurtureTask task) {
        return new LeadChoice(task.leadId(), task.leadName(), task.leadCompany(), task.leadEmail()).label();
    }

    private static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    private static TableColumn<NurtureTask, NurtureTask> column(
            String id,
            String text,
            double width,
            Comparator<NurtureTask> order,
            BiConsumer<TableCell<NurtureTask, NurtureTask>, NurtureTask> fill) {
        TableColumn<NurtureTask, NurtureTask> column = new TableColumn<>(text);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(NurtureTask task, boolean empty) {
                super.updateItem(task, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                if (!empty && task != null) {
                    fill.accept(this, task);
                }
            }
        });
        return column;
    }
}
