package app.leadkeeper.nurture;

import app.leadkeeper.leads.LeadRef;
import atlantafx.base.theme.Styles;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Timeline tab of a lead's detail pane: buttons to log a touch, add a task and start a cadence; the touch being
 * written; the cadences running on the lead; then its open tasks and its history as one timeline. Lays out and binds
 * {@link LeadActivityModel} only.
 */
final class LeadTimelineView extends BorderPane {
    static final String STYLESHEET = "/app/leadkeeper/nurture/lead-timeline.css";
    /** A lead logged by a form tool for years can have thousands of entries; the newest are the ones looked at. */
    private static final int MOST_ENTRIES = 300;

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final LeadActivityModel model;
    private final VBox entries = new VBox();
    private final VBox cadences = new VBox(6);
    private final TextArea note = new TextArea();

    LeadTimelineView(LeadActivityModel model, Consumer<LeadRef> newTask, Runnable startCadence) {
        this.model = model;
        setId("lead-timeline");
        getStyleClass().add("lead-timeline");
        getStylesheets().add(LeadTimelineView.class.getResource(STYLESHEET).toExternalForm());

        Node tools = tools(newTask);
        BorderPane.setMargin(tools, new Insets(12, 16, 8, 16));
        setTop(tools);

        entries.setId("timeline-entries");
        entries.getStyleClass().add("timeline-entries");
        // Only the buttons stay put: in a low window the note being written and the cadences scroll with the rest.
        VBox content = new VBox(10, composer(), cadenceSection(startCadence), entries);
        content.setPadding(new Insets(0, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        // The note being written sits at the top: scrolled down the history, the user would not see it open.
        model.composingProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                scroll.setVvalue(0);
            }
        });
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        model.timelineProperty().addListener((obs, old, now) -> fillEntries());
        model.running().addListener((ListChangeListener<CadenceRun>) c -> fillCadences());
        fillEntries();
        fillCadences();
    }

    private Node tools(Consumer<LeadRef> newTask) {
        MenuButton log = new MenuButton("Log touch", new FontIcon(Material2OutlinedAL.ADD_COMMENT));
        log.setId("log-touch");
        log.getStyleClass().add(Styles.ACCENT);
        log.setTooltip(new Tooltip("Log a call, an email, a meeting… with this lead"));
        for (TouchKind kind : TouchKind.values()) {
            MenuItem item = new MenuItem(kind.label(), new FontIcon(TimelineIcons.of(kind)));
            item.setId("log-touch-" + key(kind));
            item.setOnAction(e -> {
                model.composeTouch(kind);
                Platform.runLater(note::requestFocus);
            });
            log.getItems().add(item);
        }
        Button task = new Button("New task", new FontIcon(Material2OutlinedAL.ADD_TASK));
        task.setId("timeline-new-task");
        task.setTooltip(new Tooltip("A follow-up task on this lead (Ctrl+T)"));
        task.setOnAction(e -> {
            LeadRef lead = model.leadProperty().get();
            if (lead != null) {
                newTask.accept(lead);
            }
        });
        for (Region button : List.of(log, task)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane tools = new FlowPane(8, 8, log, task);
        tools.getStyleClass().add("timeline-tools");
        return tools;
    }

    static String key(TouchKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The touch being written: what, when (now unless changed) and an optional note. */
    private Node composer() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.TOUCH_APP);
        Label heading = new Label();
        heading.setId("touch-heading");
        heading.getStyleClass().add("composer-title");
        heading.setGraphic(icon);
        model.composingProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                heading.setText("Log " + TouchPhrases.noun(kind));
                icon.setIconCode(TimelineIcons.of(kind));
            }
        });

        DatePicker day = new DatePicker();
        day.setId("touch-date");
        day.setPrefWidth(150);
        day.setMinWidth(120);
        day.valueProperty().bindBidirectional(model.dateProperty());
        TextField at = new TextField();
        at.setId("touch-time");
        at.setPrefColumnCount(5);
        at.setMinWidth(Region.USE_PREF_SIZE);
        at.setPromptText("14:30");
        at.textProperty().bindBidirectional(model.timeProperty());
        at.setOnAction(e -> {
            model.logTouch();
            e.consume();
        });
        Label whenLabel = new Label("When");
        whenLabel.getStyleClass().add("text-muted");
        whenLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox when = new HBox(8, whenLabel, day, at);
        when.setAlignment(Pos.CENTER_LEFT);

        note.setId("touch-note");
        note.setPromptText("What was said, what comes next");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().bindBidirectional(model.noteProperty());
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.logTouch();
                e.consume();
            }
        });

        Label problem = new Label();
        problem.setId("touch-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        Button cancel = new Button("Cancel");
        cancel.setId("touch-cancel");
        cancel.setOnAction(e -> model.cancelTouch());
        Button log = new Button("Log", new FontIcon(Material2OutlinedAL.CHECK));
        log.setId("touch-log");
        log.getStyleClass().add(Styles.ACCENT);
        log.disableProperty().bind(model.canLogProperty().not());
        log.setOnAction(e -> model.logTouch());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, log);

        Label noteLabel = new Label("Note (optional) · Ctrl+Enter logs");
        noteLabel.getStyleClass().addAll("text-muted", "text-small");
        noteLabel.setLabelFor(note);
        VBox noteBox = new VBox(3, noteLabel, note);
        VBox box = new VBox(8, heading, when, noteBox, problem, buttons);
        box.setId("touch-composer");
        box.getStyleClass().add("touch-composer");
        BooleanBinding open = model.composingProperty().isNotNull();
        box.visibleProperty().bind(open);
        box.managedProperty().bind(open);
        // Escape puts the note away (and does not close the whole detail pane).
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.cancelTouch();
                e.consume();
            }
        });
        return box;
    }

    /** "No cadence running" or the running ones, each with Stop; and Start cadence… beside the heading. */
    private Node cadenceSection(Runnable startCadence) {
        BooleanBinding none = Bindings.isEmpty(model.running());
        Label heading = new Label();
        heading.getStyleClass().add("timeline-section");
        heading.textProperty()
                .bind(Bindings.when(none).then("No cadence running").otherwise("Running cadences"));
        Button start = new Button("Start cadence…", new FontIcon(Material2OutlinedMZ.PLAYLIST_PLAY));
        start.setId("timeline-start-cadence");
        start.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setTooltip(new Tooltip("Plan a series of follow-up tasks from a cadence"));
        start.setOnAction(e -> startCadence.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, start);
        header.setAlignment(Pos.CENTER_LEFT);
        cadences.setId("running-cadences");
        cadences.visibleProperty().bind(none.not());
        cadences.managedProperty().bind(none.not());
        return new VBox(2, header, cadences);
    }

    private void fillCadences() {
        ZonedDateTime now = model.now();
        cadences.getChildren().clear();
        for (CadenceRun run : model.running()) {
            FontIcon icon = new FontIcon(Material2OutlinedMZ.PLAYLIST_PLAY);
            icon.getStyleClass().add("cadence-icon");
            Label name = new Label(run.cadenceName());
            name.getStyleClass().add("cadence-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(0);
            Label since = new Label("since " + TimelineFormats.when(run.startedAt(), now)
                    + (run.stageId() == null ? " · started by hand" : " · started by its stage"));
            since.getStyleClass().addAll("text-muted", "text-small");
            since.setMinWidth(0);
            VBox text = new VBox(1, name, since);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button stop = new Button("Stop", new FontIcon(Material2OutlinedMZ.STOP_CIRCLE));
            stop.setId("stop-cadence-" + run.id());
            stop.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
            stop.setMinWidth(Region.USE_PREF_SIZE);
            stop.setTooltip(new Tooltip("Stop this cadence: its open tasks are removed"));
            stop.setOnAction(e -> confirmStop(run));
            HBox row = new HBox(10, icon, text, stop);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("cadence-run");
            cadences.getChildren().add(row);
        }
    }

    private void confirmStop(CadenceRun run) {
        ButtonType stop = new ButtonType("Stop cadence", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Its open tasks are removed; tasks already done stay in the timeline.",
                stop,
                ButtonType.CANCEL);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        alert.setTitle("Leadkeeper");
        LeadRef lead = model.leadProperty().get();
        alert.setHeaderText("Stop “" + run.cadenceName() + "”" + (lead == null ? "" : " on " + lead.name()) + "?");
        alert.getDialogPane().lookupButton(stop).setId("confirm-stop-cadence");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == stop) {
            model.stopCadence(run);
        }
    }

    private void fillEntries() {
        entries.getChildren().clear();
        if (model.timelineProperty().get() == null) {
            if (model.leadProperty().get() != null) {
                Label loading = new Label("Reading the timeline…");
                loading.getStyleClass().add("text-muted");
                entries.getChildren().add(loading);
            }
            return;
        }
        ZonedDateTime now = model.now();
        List<TimelineEntry> next = model.upcoming();
        List<TimelineEntry> past = model.history();
        if (!next.isEmpty()) {
            entries.getChildren().add(section("Next up", next.size()));
            for (int i = 0; i < next.size(); i++) {
                entries.getChildren().add(row(next.get(i), now, i == next.size() - 1));
            }
            entries.getChildren().add(section("Activity", past.size()));
        }
        if (next.isEmpty() && past.stream().allMatch(e -> e.kind() == TimelineEntry.Kind.CREATED)) {
            entries.getChildren().add(emptyState());
        }
        int shown = Math.min(past.size(), MOST_ENTRIES);
        for (int i = 0; i < shown; i++) {
            entries.getChildren().add(row(past.get(i), now, i == shown - 1));
        }
        if (past.size() > shown) {
            Label more = new Label(String.format("… and %,d older entries", past.size() - shown));
            more.getStyleClass().add("text-muted");
            more.setPadding(new Insets(8, 0, 0, 34));
            entries.getChildren().add(more);
        }
    }

    private static Node section(String title, int count) {
        Label label = new Label(title.toUpperCase(Locale.ROOT) + "  ·  " + count);
        label.getStyleClass().add("timeline-section");
        label.setPadding(new Insets(10, 0, 6, 0));
        return label;
    }

    private static Node emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.TIMELINE);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("No activity yet");
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label("Log a call, an email or a meeting, or add a task. It takes about seven touches "
                + "before a lead buys.");
        text.getStyleClass().add("text-muted");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        VBox box = new VBox(6, icon, title, text);
        box.setId("timeline-empty");
        box.getStyleClass().add("timeline-empty");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(16, 8, 20, 8));
        return box;
    }

    /** One entry: its badge on the rail (joined to the next by a line), title and time, the detail below. */
    private Node row(TimelineEntry entry, ZonedDateTime now, boolean last) {
        FontIcon icon = new FontIcon(TimelineIcons.of(entry));
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().addAll("timeline-badge", TimelineIcons.styleClass(entry));
        Region line = new Region();
        line.getStyleClass().add("timeline-line");
        line.setVisible(!last);
        VBox.setVgrow(line, Priority.ALWAYS);
        VBox rail = new VBox(badge, line);
        rail.setAlignment(Pos.TOP_CENTER);
        rail.setMinWidth(Region.USE_PREF_SIZE);

        boolean open = entry.kind() == TimelineEntry.Kind.TASK_OPEN;
        boolean overdue = open && entry.at().toInstant().isBefore(now.toInstant());
        Label title = new Label(entry.title());
        title.getStyleClass().add("timeline-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(8, title);
        head.setAlignment(Pos.TOP_LEFT);
        Tooltip full = new Tooltip(TimelineFormats.full(entry.at(), now));
        if (!open) {
            // An open task says when it is due in its detail line: its (often long) title keeps the width.
            Label when = new Label(TimelineFormats.when(entry.at(), now));
            when.getStyleClass().add("timeline-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            when.setTooltip(full);
            head.getChildren().add(when);
        }
        VBox text = new VBox(2, head);
        text.setMinWidth(0);
        text.setPadding(new Insets(2, 0, 12, 0));
        HBox.setHgrow(text, Priority.ALWAYS);
        String detailText = open
                ? entry.detail() + " " + TimelineFormats.when(entry.at(), now) + (overdue ? " · overdue" : "")
                : entry.detail();
        if (detailText != null && !detailText.isBlank()) {
            Label detail = new Label(detailText);
            detail.getStyleClass().add(open ? "timeline-due" : "timeline-detail");
            detail.setWrapText(true);
            detail.setMinWidth(0);
            // A long note shows its start; the whole note is in the tooltip.
            detail.setMaxHeight(90);
            if (open) {
                detail.setTooltip(full);
            } else if (detailText.length() > 200) {
                Tooltip whole = new Tooltip(detailText);
                whole.setWrapText(true);
                whole.setMaxWidth(420);
                detail.setTooltip(whole);
            }
            text.getChildren().add(detail);
        }
        HBox row = new HBox(10, rail, text);
        row.getStyleClass().add("timeline-row");
        row.pseudoClassStateChanged(OVERDUE, overdue);
        if (open) {
            Button done = new Button(null, new FontIcon(Material2OutlinedAL.CHECK));
            done.setId("complete-task-" + entry.refId());
            done.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "complete-task");
            done.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            done.setTooltip(new Tooltip("Mark done: logs the touch"));
            done.setOnAction(e -> model.completeTask(entry.refId()));
            row.getChildren().add(done);
        } else if (entry.kind() == TimelineEntry.Kind.TOUCH) {
            MenuItem delete = new MenuItem("Delete this touch", new FontIcon(Material2OutlinedAL.DELETE_OUTLINE));
            delete.setOnAction(e -> model.deleteTouch(entry));
            ContextMenu menu = new ContextMenu(delete);
            row.setOnContextMenuRequested(e -> menu.show(row, e.getScreenX(), e.getScreenY()));
        }
        return row;
    }
}
