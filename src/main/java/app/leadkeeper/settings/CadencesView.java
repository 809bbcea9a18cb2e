package app.leadkeeper.settings;

import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.ui.Buttons;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Settings › Cadences: the cadences on the left; on the right the selected one, edited as a draft and saved (Ctrl+S)
 * or reverted as a whole. Leaving a changed cadence asks whether to save it first.
 */
final class CadencesView extends StackPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final double FIELD_WIDTH = 480;

    private final CadencesModel model;
    private final CadenceDialogs dialogs;
    private final ListView<Cadence> list = new ListView<>();
    private final List<CadenceCell> cells = new ArrayList<>();
    /** Set while the list's selection is made to follow the model, so that it is not taken for the user's choice. */
    private boolean syncing;

    CadencesView(CadencesModel model) {
        this.model = model;
        this.dialogs = new CadenceDialogs(this);
        setId("cadences-editor");
        getStyleClass().add("cadences-editor");

        BooleanBinding empty = Bindings.isEmpty(model.items()).and(model.loadedProperty());
        HBox editor = new HBox(16, sidebar(), detail());
        editor.visibleProperty().bind(empty.not());
        Node none = emptyState();
        none.visibleProperty().bind(empty);
        getChildren().setAll(editor, none);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                if (model.dirtyProperty().get()) {
                    model.save();
                }
                e.consume();
            }
        });
    }

    private VBox sidebar() {
        Button add = Buttons.tool("cadence-new", "New cadence", Material2AL.ADD, "Start a new cadence");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> leaveThen(model::newCadence));
        BooleanBinding noneSelected = model.selectedProperty().isNull();
        Button duplicate = Buttons.tool(
                "cadence-duplicate",
                null,
                Material2OutlinedAL.CONTENT_COPY,
                "Start a copy of this cadence (save or revert its changes first)");
        duplicate.disableProperty().bind(noneSelected.or(model.dirtyProperty()).or(model.busyProperty()));
        duplicate.setOnAction(e -> model.duplicate());
        Button delete = Buttons.tool(
                "cadence-delete", null, Material2OutlinedAL.DELETE_OUTLINE, "Delete this cadence (Delete)");
        delete.disableProperty().bind(noneSelected.or(model.busyProperty()));
        delete.setOnAction(e -> delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, spacer, duplicate, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        list.setId("cadences-list");
        list.getStyleClass().add("cadences-list");
        list.setItems(model.items());
        list.setCellFactory(l -> {
            CadenceCell cell = new CadenceCell(model);
            cells.add(cell);
            return cell;
        });
        list.setPlaceholder(new Label("Loading the cadences…"));
        VBox.setVgrow(list, Priority.ALWAYS);
        // Consumed here, or the Leads menu's Delete accelerator would take it.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                if (!model.busyProperty().get()) {
                    delete();
                }
                e.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            Cadence current = model.selectedProperty().get();
            if (syncing || now == null || (current != null && now.id() == current.id())) {
                return;
            }
            // Asked after the click is done; by then a reload may have put the selection back, which then stands.
            Platform.runLater(() -> {
                if (list.getSelectionModel().getSelectedItem() == now) {
                    leaveThen(() -> model.select(now.id()));
                }
            });
        });
        model.selectedProperty().addListener((obs, old, now) -> syncList());
        model.items().addListener((ListChangeListener<Cadence>) change -> syncList());
        // The cadence being edited shows in the list as the draft has it; the cells redraw in place (refresh() would
        // make new ones on every key typed).
        javafx.beans.InvalidationListener redraw = o -> cells.forEach(CadenceCell::redraw);
        model.selectedProperty().addListener(redraw);
        model.nameProperty().addListener(redraw);
        model.triggerProperty().addListener(redraw);
        model.steps().addListener(redraw);

        VBox side = new VBox(8, bar, list);
        side.getStyleClass().add("cadences-sidebar");
        // As wide as its toolbar needs, never squeezed by the detail beside it.
        side.setPrefWidth(250);
        side.setMinWidth(Region.USE_PREF_SIZE);
        side.setMaxWidth(Region.USE_PREF_SIZE);
        return side;
    }

    /** The selected cadence; it scrolls when the window is too low for it. */
    private ScrollPane detail() {
        Label steps = section("Steps");
        VBox.setMargin(steps, new Insets(8, 0, 0, 0));
        CadenceStepsView table = new CadenceStepsView(model, model.busyProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6);
        box.getChildren().addAll(form());
        box.getChildren()
                .addAll(
                        steps,
                        hint("Each step becomes a task on the lead. Day 0 is due at once, day N at "
                                + CadenceStepDialog.workdayStart() + " N days later."),
                        table,
                        messages(),
                        footer());
        VBox.setMargin(table, new Insets(4, 0, 0, 0));
        box.setId("cadence-detail");
        box.getStyleClass().add("cadence-detail");
        box.setPadding(new Insets(0, 4, 0, 0));
        box.visibleProperty().bind(model.selectedProperty().isNotNull());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // Not fitToHeight, which judges the need to scroll by a height that ignores wrapped text: the detail asks for
        // the visible height (the table takes what is left), and gets its minimum, with a scroll bar, when that is
        // more.
        box.prefHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(380);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /** Name, trigger stage and offer, each with its label above it. */
    private List<Node> form() {
        TextField name = new TextField();
        name.setId("cadence-name");
        name.setPromptText("e.g. New inbound lead");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameProblem = new Label();
        nameProblem.setId("cadence-name-problem");
        nameProblem.getStyleClass().add("field-error");
        nameProblem.setWrapText(true);
        nameProblem.textProperty().bind(nameProblem());
        nameProblem.managedProperty().bind(nameProblem.textProperty().isNotEmpty());
        nameProblem.visibleProperty().bind(nameProblem.managedProperty());

        ChoiceBox<CadenceTrigger> trigger = new ChoiceBox<>(model.triggers());
        trigger.setId("cadence-trigger");
        trigger.valueProperty().bindBidirectional(model.triggerProperty());
        trigger.setMinWidth(200);
        trigger.setMaxWidth(FIELD_WIDTH);

        TextField offer = new TextField();
        offer.setId("cadence-offer");
        offer.setPromptText("e.g. a free 30-minute consultation");
        offer.textProperty().bindBidirectional(model.offerProperty());
        for (Region field : List.of(name, offer)) {
            field.setMaxWidth(FIELD_WIDTH);
        }

        Label offerHint = CadenceDialogs.hint("fills {offer} for leads without an offer of their own");
        Label offerLabel = new Label("Offer");
        offerLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox offerRow = new HBox(8, offerLabel, offerHint);
        offerRow.setAlignment(Pos.BASELINE_LEFT);
        Label triggerLabel = new Label("Start automatically when a lead enters");
        VBox.setMargin(triggerLabel, new Insets(8, 0, 0, 0));
        VBox.setMargin(offerRow, new Insets(8, 0, 0, 0));
        return List.of(
                new Label("Name"),
                name,
                nameProblem,
                triggerLabel,
                trigger,
                hint("Stops when the lead leaves that stage, is won or is lost. Leads already in the stage are not"
                        + " affected."),
                offerRow,
                offer);
    }

    /** Why the last save was refused, or else what the last command did or that there are unsaved changes. */
    private StackPane messages() {
        Label problem = new Label();
        problem.setId("cadence-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("cadences-message");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> !model.messageProperty().get().isEmpty()
                                ? model.messageProperty().get()
                                : model.dirtyProperty().get()
                                        ? "Not saved yet (" + SAVE.getDisplayText() + " saves)."
                                        : "",
                        model.dirtyProperty(),
                        model.messageProperty()));
        status.visibleProperty().bind(problem.visibleProperty().not());
        for (Label label : List.of(problem, status)) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        StackPane messages = new StackPane(problem, status);
        messages.setAlignment(Pos.TOP_LEFT);
        messages.setMinHeight(Region.USE_PREF_SIZE);
        messages.managedProperty()
                .bind(problem.textProperty()
                        .isNotEmpty()
                        .or(status.textProperty().isNotEmpty()));
        VBox.setMargin(messages, new Insets(4, 0, 0, 0));
        return messages;
    }

    private HBox footer() {
        Button revert = Buttons.tool("cadence-revert", "Revert", Material2OutlinedMZ.UNDO, "Undo the unsaved changes");
        revert.textProperty()
                .bind(Bindings.createStringBinding(() -> isNew() ? "Discard" : "Revert", model.selectedProperty()));
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        revert.setOnAction(e -> model.revert());
        Button save = Buttons.tool(
                "cadence-save", "Save", Material2OutlinedMZ.SAVE, "Save the cadence (" + SAVE.getDisplayText() + ")");
        save.getStyleClass().add("accent");
        save.disableProperty()
                .bind(model.dirtyProperty()
                        .not()
                        .or(model.busyProperty())
                        .or(nameProblem().isNotEmpty()));
        save.setOnAction(e -> model.save());
        HBox footer = new HBox(8, revert, save);
        footer.getStyleClass().add("cadence-footer");
        footer.setAlignment(Pos.CENTER_RIGHT);
        return footer;
    }

    private StringBinding nameProblem() {
        return Bindings.createStringBinding(
                () -> model.nameProblem(model.nameProperty().get()).orElse(""),
                model.nameProperty(),
                model.items(),
                model.selectedProperty());
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.PLAYLIST_ADD_CHECK);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("No cadences yet");
        title.getStyleClass().add("title-3");
        Label text = new Label("A cadence is a series of follow-up tasks: an email today, a call in two days, another"
                + " email a week later. Make one, then start it on leads by hand, or let a stage start it on every"
                + " lead that enters.");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(460);
        Button add = new Button("New cadence", new FontIcon(Material2AL.ADD));
        add.setId("cadence-empty-new");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> model.newCadence());
        VBox box = new VBox(12, icon, title, text, add);
        box.setId("cadences-empty");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(560, Region.USE_PREF_SIZE);
        box.setPadding(new Insets(28));
        box.getStyleClass().add("empty-state");
        return box;
    }

    private void delete() {
        Cadence current = model.selectedProperty().get();
        if (current != null && (current.id() == 0 || dialogs.confirmDelete(current))) {
            model.delete();
        }
    }

    /** Runs {@code action} once the changed cadence was saved or its changes dropped, as the user answers. */
    private void leaveThen(Runnable action) {
        if (!model.dirtyProperty().get()) {
            action.run();
            return;
        }
        syncList();
        switch (dialogs.askToSave(model.draft())) {
            case SAVE -> model.save(action);
            case DISCARD -> {
                model.revert();
                action.run();
            }
            case CANCEL -> list.requestFocus();
        }
    }

    /** Selects the model's cadence in the list (a new one is the item with id 0). */
    private void syncList() {
        syncing = true;
        try {
            Cadence current = model.selectedProperty().get();
            int index = current == null ? -1 : indexOf(current.id());
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().clearAndSelect(index);
                list.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < model.items().size(); i++) {
            if (model.items().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private boolean isNew() {
        Cadence current = model.selectedProperty().get();
        return current != null && current.id() == 0;
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("editor-section");
        return label;
    }

    private static Label hint(String text) {
        Label label = CadenceDialogs.hint(text);
        label.setMaxWidth(620);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
