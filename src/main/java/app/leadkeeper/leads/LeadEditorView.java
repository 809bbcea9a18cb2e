package app.leadkeeper.leads;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.funnel.Stage;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The detail pane: a form over {@link LeadEditorModel}, with inline validation messages, and (when given) Timeline and
 * Score tabs beside it, the lead's progress toward seven touches under its name and what the score suggests beside
 * the qualification.
 */
public final class LeadEditorView extends BorderPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final LeadEditorModel model;
    private final GridPane form = new GridPane();
    private final TextField firstName = new TextField();
    /** "⋮": actions on the person's data, shown once some are added and while a saved lead is open. */
    private final MenuButton more =
            new MenuButton(null, new FontIcon(org.kordamp.ikonli.material2.Material2OutlinedMZ.MORE_VERT));

    private final LeadScoring scoring;
    private TabPane tabs;
    private int row;

    /**
     * @param timeline the Timeline tab's content; null for a form without tabs
     * @param touches the touch count of the lead shown (-1 while unknown); null to show none
     * @param scoring the Score tab and the qualification hint; null for neither
     */
    public LeadEditorView(
            LeadEditorModel model,
            ObservableList<Channel> channels,
            Runnable delete,
            Node timeline,
            ReadOnlyIntegerProperty touches,
            LeadScoring scoring) {
        this.model = model;
        this.scoring = scoring;
        setId("lead-editor");
        getStyleClass().add("lead-editor");
        setPrefWidth(420);

        Label title = new Label();
        title.setId("editor-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(model.titleProperty());
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setOnAction(e -> model.close());
        VBox heading = new VBox(4, title);
        HBox.setHgrow(heading, Priority.ALWAYS);
        if (touches != null) {
            heading.getChildren().add(touchProgress(touches));
        }
        HBox header = new HBox(8, heading, close);
        header.setAlignment(Pos.TOP_LEFT);
        header.setPadding(new Insets(12, 12, 8, 16));
        setTop(header);

        form.setHgap(10);
        form.setVgap(4);
        form.setPadding(new Insets(4, 16, 16, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);

        firstName.setId("field-first-name");
        section("Contact");
        field("First name", firstName, model.firstNameProperty(), LeadField.NAME);
        field("Last name", text("field-last-name"), model.lastNameProperty(), null);
        field("Email", text("field-email"), model.emailProperty(), LeadField.EMAIL);
        field("Phone", text("field-phone"), model.phoneProperty(), LeadField.PHONE);
        Label preview = new Label();
        preview.setId("phone-preview");
        preview.getStyleClass().addAll("text-muted", "text-small");
        preview.textProperty().bind(model.phonePreviewProperty());
        form.add(preview, 1, row++);

        section("Company");
        field("Company", text("field-company"), model.companyProperty(), null);
        field("Job title", text("field-job-title"), model.jobTitleProperty(), null);
        field("Website", text("field-website"), model.websiteProperty(), LeadField.WEBSITE);
        field("City", text("field-city"), model.cityProperty(), null);
        field("Country", text("field-country"), model.countryProperty(), null);

        qualificationSection(model.qualification());

        section("Source");
        ComboBox<Channel> channel = new ComboBox<>(channels);
        channel.setId("field-channel");
        channel.setPromptText("No channel");
        channel.setMaxWidth(Double.MAX_VALUE);
        channel.valueProperty().bindBidirectional(model.channelProperty());
        channel.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Channel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "No channel" : item.name());
            }
        });
        addRow("Channel", channel, null);
        field("Campaign", text("field-campaign"), model.campaignProperty(), null);
        DatePicker created = new DatePicker();
        created.setId("field-created");
        created.setMaxWidth(Double.MAX_VALUE);
        created.valueProperty().bindBidirectional(model.createdDateProperty());
        addRow("Created", created, null);

        section("Consent and tags");
        ComboBox<Consent> consent = new ComboBox<>();
        consent.getItems().setAll(Consent.values());
        consent.setId("field-consent");
        consent.setMaxWidth(Double.MAX_VALUE);
        consent.valueProperty().bindBidirectional(model.consentProperty());
        addRow("Consent", consent, null);
        TextField tags = text("field-tags");
        tags.setPromptText("comma separated");
        field("Tags", tags, model.tagsProperty(), LeadField.TAGS);
        TextArea message = new TextArea();
        message.setId("field-message");
        message.setWrapText(true);
        message.setPrefRowCount(4);
        message.textProperty().bindBidirectional(model.messageProperty());
        addRow("Message", message, null);
        Label custom = new Label();
        custom.setId("custom-fields");
        custom.setWrapText(true);
        custom.getStyleClass().add("text-muted");
        custom.setText(describe(model.customFields()));
        ((javafx.collections.ObservableMap<String, String>) model.customFields())
                .addListener(
                        (MapChangeListener<String, String>) change -> custom.setText(describe(model.customFields())));
        custom.managedProperty().bind(custom.textProperty().isNotEmpty());
        custom.visibleProperty().bind(custom.textProperty().isNotEmpty());
        form.add(custom, 0, row++, 2, 1);

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Node score = scoring == null ? null : scoring.pane(model.dirtyProperty());
        setCenter(timeline == null && score == null ? scroll : tabs(scroll, timeline, score));
        // Tabbing through a long form keeps the field being typed in on screen.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> scrollIntoView(scroll, now));
            }
        });

        Button save = new Button("Save", new FontIcon(Material2OutlinedAL.CHECK));
        save.setId("save-lead");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Save (Ctrl+S)"));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Close");
        cancel.setId("close-editor");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.close());
        Button remove = new Button("Delete", new FontIcon(Material2OutlinedAL.DELETE_OUTLINE));
        remove.setId("delete-lead");
        remove.getStyleClass().addAll("danger", "flat");
        remove.visibleProperty().bind(model.editingProperty().isNotNull());
        remove.setOnAction(e -> delete.run());
        more.setId("lead-more");
        more.getStyleClass().addAll("flat", "button-icon", atlantafx.base.theme.Tweaks.NO_ARROW);
        more.setTooltip(new Tooltip("This person's data: export it, or erase the person"));
        more.setVisible(false);
        more.setManaged(false);
        // In a narrow window the pane keeps its buttons whole (see computeMinWidth); the table gives way.
        for (Region button : List.of(remove, more, cancel, save)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, remove, more, spacer, cancel, save);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("editor-footer");
        setBottom(footer);

        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.save();
                e.consume();
            }
        });
        // A handler, not a filter: a control that uses Escape itself (an open popup, the note being written in the
        // Timeline tab) consumes it first, and only an Escape nobody wanted closes the pane.
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.close();
                e.consume();
            }
        });
    }

    /** At least 340 px, and as wide as the footer's buttons need. */
    @Override
    protected double computeMinWidth(double height) {
        return Math.max(340, super.computeMinWidth(height));
    }

    /** Adds actions on the lead shown (export its data, erase the person) to the ⋮ menu of the footer. */
    void addPersonActions(java.util.List<MenuItem> items) {
        more.getItems().addAll(items);
        more.visibleProperty().bind(model.editingProperty().isNotNull());
        more.managedProperty().bind(more.visibleProperty());
    }

    /**
     * "Details | Timeline | Score" (those given); the timeline needs a saved lead, the score tab says so itself, and a
     * new lead starts on its details.
     */
    private TabPane tabs(Node details, Node timeline, Node score) {
        Tab form = new Tab("Details", details);
        form.setId("tab-details");
        tabs = new TabPane(form);
        if (timeline != null) {
            Tab activity = new Tab("Timeline", timeline);
            activity.setId("tab-timeline");
            activity.disableProperty().bind(model.editingProperty().isNull());
            tabs.getTabs().add(activity);
        }
        if (score != null) {
            Tab scoreTab = new Tab("Score", score);
            scoreTab.setId("tab-score");
            tabs.getTabs().add(scoreTab);
        }
        tabs.setId("editor-tabs");
        tabs.getStyleClass().add("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.editingProperty().addListener((obs, old, now) -> {
            if (now == null) {
                tabs.getSelectionModel().select(form);
            }
        });
        return tabs;
    }

    /** Shows the Timeline tab (when there is one). */
    public void showTimeline() {
        select("tab-timeline");
    }

    /** Shows the Score tab (when there is one). */
    public void showScore() {
        select("tab-score");
    }

    private void select(String tabId) {
        if (tabs != null) {
            tabs.getTabs().stream()
                    .filter(tab -> tabId.equals(tab.getId()))
                    .findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        }
    }

    /** "███░░░░ 3 of 7 touches" under the lead's name; hidden for a new lead and while the count is unknown. */
    private Node touchProgress(ReadOnlyIntegerProperty touches) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("editor-touches-bar");
        bar.getStyleClass().add(Styles.SMALL);
        bar.setPrefWidth(110);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> TouchProgress.fraction(touches.get()), touches));
        Label text = new Label();
        text.setId("editor-touches");
        text.getStyleClass().add("text-muted");
        text.textProperty().bind(Bindings.createStringBinding(() -> TouchProgress.sentence(touches.get()), touches));
        HBox line = new HBox(8, bar, text);
        line.getStyleClass().add("editor-touches");
        line.setAlignment(Pos.CENTER_LEFT);
        line.pseudoClassStateChanged(TouchCountCell.REACHED, TouchProgress.reached(touches.get()));
        touches.addListener((obs, old, now) ->
                line.pseudoClassStateChanged(TouchCountCell.REACHED, TouchProgress.reached(now.intValue())));
        var shown = touches.greaterThanOrEqualTo(0).and(model.editingProperty().isNotNull());
        line.visibleProperty().bind(shown);
        line.managedProperty().bind(shown);
        return line;
    }

    /** Focuses the first field, now or as soon as the form is part of the scene (the scroll pane adds it late). */
    public void focusFirstField() {
        if (firstName.getScene() != null) {
            firstName.requestFocus();
            return;
        }
        javafx.beans.value.ChangeListener<javafx.scene.Scene> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene old,
                    javafx.scene.Scene now) {
                if (now != null) {
                    firstName.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(firstName::requestFocus);
                }
            }
        };
        firstName.sceneProperty().addListener(once);
    }

    private void scrollIntoView(ScrollPane scroll, Node focused) {
        if (focused == null || !isInForm(focused)) {
            return;
        }
        javafx.geometry.Bounds bounds = form.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double view = scroll.getViewportBounds().getHeight();
        double hidden = form.getHeight() - view;
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        if (bounds.getMinY() < top) {
            scroll.setVvalue(Math.max(0, bounds.getMinY() - 8) / hidden);
        } else if (bounds.getMaxY() > top + view) {
            scroll.setVvalue(Math.min(hidden, bounds.getMaxY() - view + 8) / hidden);
        }
    }

    private boolean isInForm(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == form) {
                return true;
            }
        }
        return false;
    }

    private static TextField text(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private void section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("editor-section");
        GridPane.setHalignment(label, HPos.LEFT);
        GridPane.setMargin(label, new Insets(row == 0 ? 0 : 12, 0, 2, 0));
        form.add(label, 0, row++, 2, 1);
    }

    private void field(String label, TextField field, StringProperty value, LeadField problemKey) {
        field.textProperty().bindBidirectional(value);
        addRow(label, field, problemKey);
    }

    private void qualificationSection(LeadQualificationModel q) {
        section("Qualification and BANT");
        ChoiceBox<Qualification> qualification = new ChoiceBox<>();
        qualification.getItems().setAll(Qualification.values());
        qualification.setId("field-qualification");
        qualification.setMaxWidth(Double.MAX_VALUE);
        qualification.setConverter(new StringConverter<>() {
            @Override
            public String toString(Qualification value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Qualification fromString(String text) {
                return null;
            }
        });
        qualification.valueProperty().bindBidirectional(q.qualificationProperty());
        addRow("Qualification", withScoreHint(qualification, q), null);

        ChoiceBox<Stage> stage = new ChoiceBox<>(q.stageChoices());
        stage.setId("field-stage");
        stage.setMaxWidth(Double.MAX_VALUE);
        stage.valueProperty().bindBidirectional(q.stageProperty());
        addRow("Stage", stage, null);

        DatePicker wonOn = new DatePicker();
        wonOn.setId("field-won-date");
        wonOn.setMaxWidth(Double.MAX_VALUE);
        wonOn.valueProperty().bindBidirectional(q.wonDateProperty());
        showWhen(q.wonProperty(), addRow("Won on", wonOn, null), wonOn);
        TextField revenue = text("field-revenue");
        revenue.setPromptText("amount");
        revenue.textProperty().bindBidirectional(q.revenueProperty());
        showWhen(q.wonProperty(), addRow("Revenue", revenue, LeadField.REVENUE), revenue);
        ComboBox<String> lostReason = new ComboBox<>(q.lostReasonChoices());
        lostReason.setId("field-lost-reason");
        lostReason.setEditable(true);
        lostReason.setPromptText("why it was lost");
        lostReason.setMaxWidth(Double.MAX_VALUE);
        lostReason.valueProperty().bindBidirectional(q.lostReasonProperty());
        showWhen(q.lostProperty(), addRow("Lost reason", lostReason, null), lostReason);

        for (BantCriterion criterion : BantCriterion.values()) {
            Label caption = addRow(criterion.label(), bantRow(criterion, q), null);
            // Level with the answer buttons, not centred between them and the note below.
            GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
            GridPane.setMargin(caption, new Insets(6, 0, 0, 0));
        }
    }

    /** The qualification choice with "Score suggests MQL" beside it while the choice differs from the score's. */
    private Node withScoreHint(ChoiceBox<Qualification> choice, LeadQualificationModel q) {
        if (scoring == null) {
            return choice;
        }
        Label hint = new Label();
        hint.setId("qualification-hint");
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        hint.textProperty().bind(scoring.hint(q.qualificationProperty()));
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setTooltip(new Tooltip("The Score tab shows why; saving a qualification of your own keeps it"));
        HBox.setHgrow(choice, Priority.ALWAYS);
        HBox row = new HBox(8, choice, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Yes / No / Unknown as one segmented control, and the note below it (a narrow pane leaves no room beside). */
    private static Node bantRow(BantCriterion criterion, LeadQualificationModel q) {
        String key = criterion.name().toLowerCase(java.util.Locale.ROOT);
        ToggleGroup group = new ToggleGroup();
        HBox segments = new HBox();
        segments.setMinWidth(Region.USE_PREF_SIZE);
        Map<Answer, ToggleButton> buttons = new java.util.EnumMap<>(Answer.class);
        for (Answer answer : Answer.values()) {
            ToggleButton button = new ToggleButton(
                    switch (answer) {
                        case YES -> "Yes";
                        case NO -> "No";
                        case UNKNOWN -> "?";
                    });
            button.setId("bant-" + key + "-" + answer.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(answer);
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass()
                    .add(
                            switch (answer) {
                                case YES -> Styles.LEFT_PILL;
                                case NO -> Styles.CENTER_PILL;
                                case UNKNOWN -> Styles.RIGHT_PILL;
                            });
            if (answer == Answer.UNKNOWN) {
                button.setTooltip(new Tooltip("Unknown"));
            }
            buttons.put(answer, button);
            segments.getChildren().add(button);
        }
        var value = q.answerProperty(criterion);
        group.selectToggle(buttons.get(value.get()));
        value.addListener((obs, old, now) -> group.selectToggle(buttons.get(now == null ? Answer.UNKNOWN : now)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A segmented control always has one answer: clicking the chosen one keeps it.
                group.selectToggle(old);
            } else {
                value.set((Answer) now.getUserData());
            }
        });
        TextField note = text("bant-" + key + "-note");
        note.setPromptText("note");
        note.textProperty().bindBidirectional(q.noteProperty(criterion));
        VBox row = new VBox(4, segments, note);
        row.setPadding(new Insets(0, 0, 6, 0));
        return row;
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }

    private Label addRow(String label, Node control, LeadField problemKey) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.getStyleClass().add("field-label");
        form.add(caption, 0, row);
        form.add(control, 1, row++);
        if (problemKey != null) {
            Label error = new Label();
            error.setId("error-" + problemKey.name().toLowerCase(java.util.Locale.ROOT));
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> model.problems().getOrDefault(problemKey, ""), model.problems()));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            control.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("danger"),
                    !error.getText().isEmpty());
            error.textProperty()
                    .addListener((obs, old, now) -> control.pseudoClassStateChanged(
                            javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
            form.add(error, 1, row++);
        }
        return caption;
    }

    private static String describe(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Other fields\n");
        fields.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        return text.toString().strip();
    }
}
