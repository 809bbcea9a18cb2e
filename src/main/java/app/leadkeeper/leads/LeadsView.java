package app.leadkeeper.leads;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.funnel.Stage;
import atlantafx.base.controls.CustomTextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The leads table with its filter bar, pager, empty states and the editor pane. Lays out and binds only. */
public final class LeadsView extends BorderPane {
    private static final DateTimeFormatter CREATED_FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final LeadsModel model;
    private final LeadEditorModel editor;
    private final ZoneId zone;
    private final Runnable loadDemo;
    private final Runnable openImport;
    private final CustomTextField search = new CustomTextField();
    private final TableView<LeadRow> table = new TableView<>();
    private final SplitPane split = new SplitPane();
    /** The detail pane, built when it first opens (not needed for the first frame); see {@link #editorView()}. */
    private LeadEditorView editorView;

    private List<MenuItem> personActions = List.of();
    private final LeadActivity activity;
    private final LeadScoring scoring;
    private final Consumer<LeadRef> newTask;
    private boolean applyingSort;

    /**
     * @param activity the Timeline tab of the detail pane and the actions on chosen leads (log a touch, start a
     *     cadence)
     * @param scoring the Score tab of the detail pane, the score column's cells, the hint beside the qualification
     * @param newTask asks for a new task on a lead
     */
    public LeadsView(
            LeadsModel model,
            LeadEditorModel editor,
            ZoneId zone,
            Runnable loadDemo,
            Runnable openImport,
            LeadActivity activity,
            LeadScoring scoring,
            Consumer<LeadRef> newTask) {
        this.openImport = openImport;
        this.model = model;
        this.editor = editor;
        this.zone = zone;
        this.loadDemo = loadDemo;
        this.activity = activity;
        this.scoring = scoring;
        this.newTask = newTask;
        getStyleClass().add("leads-view");
        setTop(filterBar());
        setCenter(split);
        setBottom(pager());
        buildTable();
        split.getItems().add(tableArea());
        editor.openProperty().addListener((obs, was, open) -> showEditor(open));
    }

    private final Button exportButton = new Button("Export…", new FontIcon(Material2OutlinedMZ.SAVE_ALT));

    /** Shows the Export button, which runs {@code export}. */
    void setExport(Runnable export) {
        exportButton.setOnAction(e -> export.run());
        exportButton.setVisible(true);
        exportButton.setManaged(true);
    }

    /**
     * Adds "Export this person's data…" and "Erase this person…" to the table's menu (for one selected lead) and to
     * the detail pane's ⋮ menu (for the lead it shows). {@code erased} runs once a person is gone.
     */
    void setPrivacy(LeadPrivacy privacy, java.util.function.LongConsumer erased) {
        MenuItem export = new MenuItem("Export this person's data…", new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        export.setId("context-export-person");
        export.setOnAction(e -> onePerson().ifPresent(privacy::exportPerson));
        MenuItem erase = new MenuItem("Erase this person…", new FontIcon(Material2OutlinedAL.DELETE_FOREVER));
        erase.setId("context-erase-person");
        erase.setOnAction(e -> onePerson().ifPresent(lead -> privacy.erase(lead, () -> erased.accept(lead.id()))));
        ContextMenu menu = table.getContextMenu();
        int at = menu.getItems().size() - 1; // before Delete, after its separator
        menu.getItems().addAll(at, List.of(export, erase, new SeparatorMenuItem()));
        javafx.event.EventHandler<javafx.stage.WindowEvent> showing = menu.getOnShowing();
        menu.setOnShowing(e -> {
            showing.handle(e);
            boolean one = table.getSelectionModel().getSelectedItems().size() == 1;
            export.setDisable(!one);
            erase.setDisable(!one);
        });
        MenuItem exportShown = new MenuItem("Export this person's data…", new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        exportShown.setId("editor-export-person");
        exportShown.setOnAction(e -> shownPerson().ifPresent(privacy::exportPerson));
        MenuItem eraseShown = new MenuItem("Erase this person…", new FontIcon(Material2OutlinedAL.DELETE_FOREVER));
        eraseShown.setId("editor-erase-person");
        eraseShown.setOnAction(e ->
                shownPerson().ifPresent(lead -> privacy.erase(lead, () -> erased.accept(lead.id()))));
        personActions = List.of(exportShown, eraseShown);
        if (editorView != null) {
            editorView.addPersonActions(personActions);
        }
    }

    private LeadEditorView editorView() {
        if (editorView == null) {
            editorView = new LeadEditorView(
                    editor,
                    model.channelChoices(),
                    this::deleteEditing,
                    activity.timeline(newTask),
                    activity.touchesProperty(),
                    scoring);
            editorView.addPersonActions(personActions);
        }
        return editorView;
    }

    /** The one lead selected in the table, or else the lead the detail pane shows. */
    java.util.Optional<LeadRef> onePerson() {
        List<LeadRef> selected = selectedLeads();
        if (selected.size() == 1) {
            return java.util.Optional.of(selected.getFirst());
        }
        return selected.isEmpty() ? shownPerson() : java.util.Optional.empty();
    }

    private java.util.Optional<LeadRef> shownPerson() {
        Lead open = editor.editingProperty().get();
        return open == null ? java.util.Optional.empty() : java.util.Optional.of(LeadRef.of(open));
    }

    /** The ids of the table's visible columns, left to right. */
    List<String> visibleColumnIds() {
        return table.getColumns().stream()
                .filter(TableColumn::isVisible)
                .map(TableColumn::getId)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private Node filterBar() {
        search.setId("lead-search");
        search.setPromptText("Search name, email, company, phone  (Ctrl+F)");
        search.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        Button clearSearch = iconButton(Material2OutlinedAL.CLEAR, "Clear the search");
        clearSearch.setOnAction(e -> search.clear());
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clearSearch);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefWidth(420);
        search.setMinWidth(200);
        search.setMaxWidth(520);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (!table.getItems().isEmpty()) {
                    table.getSelectionModel().clearAndSelect(0);
                }
                e.consume();
            }
        });

        DatePicker from = new DatePicker();
        from.setId("created-from");
        from.setPromptText("from");
        from.valueProperty().bindBidirectional(model.createdFromProperty());
        from.setPrefWidth(128);
        from.setMinWidth(100);
        DatePicker to = new DatePicker();
        to.setId("created-to");
        to.setPromptText("to");
        to.valueProperty().bindBidirectional(model.createdToProperty());
        to.setPrefWidth(128);
        to.setMinWidth(100);

        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("channel-filter");
        channel.setPromptText("All channels");
        channel.setItems(model.channelChoices());
        channel.valueProperty().bindBidirectional(model.channelProperty());
        channel.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Channel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "All channels" : item.name());
            }
        });
        channel.setPrefWidth(150);
        channel.setMinWidth(110);

        CheckComboBox<String> tags = new CheckComboBox<>(model.tagChoices());
        tags.setId("tag-filter");
        tags.setTitle("Tags");
        tags.setShowCheckedCount(true);
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>)
                change -> model.tags().setAll(List.copyOf(tags.getCheckModel().getCheckedItems())));
        model.tags().addListener((ListChangeListener<String>) change -> {
            if (model.tags().isEmpty()
                    && !tags.getCheckModel().getCheckedItems().isEmpty()) {
                tags.getCheckModel().clearChecks();
            }
        });

        tags.setPrefWidth(120);
        tags.setMinWidth(96);
        ChoiceBox<FilterChoice<Stage>> stage =
                filterChoice("stage-filter", "All stages", model.stageChoices(), Stage::name, model.stageProperty());
        ChoiceBox<FilterChoice<Qualification>> qualification = filterChoice(
                "qualification-filter",
                "All qualifications",
                FXCollections.observableArrayList(Qualification.values()),
                Qualification::label,
                model.qualificationProperty());
        ChoiceBox<FilterChoice<BantFilter>> bant = filterChoice(
                "bant-filter",
                "Any BANT",
                FXCollections.observableArrayList(BantFilter.values()),
                BantFilter::label,
                model.bantProperty());
        Button clear = new Button("Clear");
        clear.setId("clear-filters");
        clear.getStyleClass().add("flat");
        clear.setTooltip(new Tooltip("Clear the search and all filters"));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.filter().isEmpty(),
                        model.searchProperty(),
                        model.createdFromProperty(),
                        model.createdToProperty(),
                        model.channelProperty(),
                        model.tags(),
                        model.stageProperty(),
                        model.qualificationProperty(),
                        model.bantProperty(),
                        model.minScoreProperty(),
                        model.maxScoreProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("New lead", new FontIcon(Material2OutlinedMZ.PERSON_ADD));
        add.setId("new-lead");
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip("New lead (Ctrl+N)"));
        add.setOnAction(e -> newLead());
        add.setMinWidth(Region.USE_PREF_SIZE);
        Button delete = new Button("Delete", new FontIcon(Material2OutlinedAL.DELETE_OUTLINE));
        delete.setId("delete-leads");
        delete.setTooltip(new Tooltip("Delete the selected leads (Delete); you can undo"));
        delete.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        delete.setOnAction(e -> deleteSelected());
        delete.setMinWidth(Region.USE_PREF_SIZE);

        Label created = new Label("Created");
        created.getStyleClass().add("text-muted");
        created.setMinWidth(Region.USE_PREF_SIZE);
        Label channelLabel = new Label("Channel");
        channelLabel.getStyleClass().add("text-muted");
        channelLabel.setMinWidth(Region.USE_PREF_SIZE);
        stage.setPrefWidth(150);
        qualification.setPrefWidth(160);
        bant.setPrefWidth(150);
        for (Region control : List.of(from, to, channel, tags, stage, qualification, bant)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        exportButton.setId("export-view");
        exportButton.setTooltip(new Tooltip("Export the leads of this view, with its columns (Ctrl+E)"));
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        exportButton.setVisible(false);
        exportButton.setManaged(false);
        HBox actions = new HBox(8, search, spacer, exportButton, delete, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox dates = new HBox(8, created, from, to);
        dates.setAlignment(Pos.CENTER_LEFT);
        HBox source = new HBox(8, channelLabel, channel, tags);
        source.setAlignment(Pos.CENTER_LEFT);
        HBox funnel = new HBox(8, stage, qualification, bant, scoreRange(), clear);
        funnel.setAlignment(Pos.CENTER_LEFT);
        // Wraps in a narrow window rather than cutting filters off; each group stays on one line.
        FlowPane filters = new FlowPane(8, 8, dates, source, funnel);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(10, actions, filters);
        bar.setPadding(new Insets(12, 16, 10, 16));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    /** "Score [min]–[max]": two small number fields, either may stay empty; a range upside down is marked. */
    private Node scoreRange() {
        Label caption = new Label("Score");
        caption.getStyleClass().add("text-muted");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        TextField min = scoreField("score-min", "min", model.minScoreProperty());
        TextField max = scoreField("score-max", "max", model.maxScoreProperty());
        Label dash = new Label("–");
        dash.getStyleClass().add("text-muted");
        Runnable check = () -> {
            Integer low = model.minScoreProperty().get();
            Integer high = model.maxScoreProperty().get();
            boolean upsideDown = low != null && high != null && low > high;
            for (TextField field : List.of(min, max)) {
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), upsideDown);
            }
        };
        model.minScoreProperty().addListener((obs, old, now) -> check.run());
        model.maxScoreProperty().addListener((obs, old, now) -> check.run());
        HBox box = new HBox(4, caption, min, dash, max);
        box.setId("score-filter");
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(caption, new Insets(0, 2, 0, 4));
        return box;
    }

    /** A whole number (or nothing), applied to {@code target} as it is typed; Escape empties it. */
    private static TextField scoreField(String id, String prompt, ObjectProperty<Integer> target) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(3);
        field.setPrefWidth(58);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setTooltip(new Tooltip(
                "Leads scoring at least (min) or at most (max) this; a lead not scored yet " + "counts as 0"));
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                change -> change.getControlNewText().matches("[-−]?\\d{0,6}") ? change : null));
        boolean[] syncing = {false};
        field.textProperty().addListener((obs, old, text) -> {
            if (syncing[0]) {
                return;
            }
            String digits = text.replace('−', '-');
            Integer value = digits.isEmpty() || digits.equals("-") ? null : Integer.valueOf(digits);
            if (!java.util.Objects.equals(value, target.get())) {
                syncing[0] = true;
                target.set(value);
                syncing[0] = false;
            }
        });
        target.addListener((obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                field.setText(now == null ? "" : now.toString());
                syncing[0] = false;
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        return field;
    }

    /** One entry of a filter choice box: a value, or null for "all". */
    private record FilterChoice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A choice box of "all" and the given values, kept in step with the model's filter property both ways. */
    private static <T> ChoiceBox<FilterChoice<T>> filterChoice(
            String id, String all, ObservableList<T> values, Function<T, String> label, ObjectProperty<T> target) {
        ChoiceBox<FilterChoice<T>> box = new ChoiceBox<>();
        box.setId(id);
        boolean[] syncing = {false};
        Runnable fill = () -> {
            syncing[0] = true;
            List<FilterChoice<T>> items = new java.util.ArrayList<>();
            items.add(new FilterChoice<>(null, all));
            values.forEach(v -> items.add(new FilterChoice<>(v, label.apply(v))));
            box.getItems().setAll(items);
            box.setValue(items.stream()
                    .filter(c -> Objects.equals(c.value(), target.get()))
                    .findFirst()
                    .orElse(items.getFirst()));
            syncing[0] = false;
        };
        fill.run();
        values.addListener((ListChangeListener<T>) change -> fill.run());
        target.addListener((obs, old, now) -> {
            if (!syncing[0]) {
                fill.run();
            }
        });
        box.valueProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                target.set(now == null ? null : now.value());
                syncing[0] = false;
            }
        });
        return box;
    }

    private void buildTable() {
        table.setId("leads-table");
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add("leads-table");
        TableColumn<LeadRow, String> name = column("Name", LeadRow::name, 190);
        name.setId("col-name");
        TableColumn<LeadRow, String> email = column("Email", LeadRow::email, 230);
        email.setId("col-email");
        TableColumn<LeadRow, String> phone = column("Phone", LeadRow::phone, 150);
        phone.setId("col-phone");
        phone.setSortable(false);
        TableColumn<LeadRow, String> company = column("Company", LeadRow::company, 170);
        company.setId("col-company");
        TableColumn<LeadRow, String> job = column("Job title", LeadRow::jobTitle, 170);
        job.setId("col-job-title");
        job.setSortable(false);
        TableColumn<LeadRow, String> channel = column("Channel", LeadRow::channel, 140);
        channel.setId("col-channel");
        channel.setSortable(false);
        TableColumn<LeadRow, String> campaign = column("Campaign", LeadRow::campaign, 150);
        campaign.setId("col-campaign");
        campaign.setSortable(false);
        campaign.setVisible(false);
        TableColumn<LeadRow, String> created = column(
                "Created",
                row -> row.createdAt() == null
                        ? ""
                        : CREATED_FORMAT.format(row.createdAt().atZoneSameInstant(zone)),
                150);
        created.setId("col-created");
        TableColumn<LeadRow, String> status =
                column("Status", row -> pretty(row.status().name()), 80);
        status.setId("col-status");
        status.setSortable(false);
        status.setVisible(false);
        TableColumn<LeadRow, String> qualification =
                column("Qualification", row -> row.qualification().label(), 100);
        qualification.setId("col-qualification");
        qualification.setSortable(false);
        qualification.setVisible(false);
        TableColumn<LeadRow, String> stage = column("Stage", LeadRow::stage, 110);
        stage.setId("col-stage");
        stage.setSortable(false);
        TableColumn<LeadRow, String> bant = column("BANT", row -> BantSummary.letters(row.bant()), 120);
        bant.setId("col-bant");
        bant.setSortable(false);
        bant.setVisible(false);
        TableColumn<LeadRow, Integer> touches = new TableColumn<>("Touches");
        touches.setId("col-touches");
        touches.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().touches()));
        touches.setCellFactory(c -> new TouchCountCell());
        touches.setPrefWidth(96);
        touches.setMinWidth(72);
        touches.setSortable(false);
        TableColumn<LeadRow, Integer> score = new TableColumn<>("Score");
        score.setId("col-score");
        score.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().score()));
        score.setCellFactory(c -> scoring.scoreCell());
        score.setPrefWidth(84);
        score.setMinWidth(64);
        table.getColumns()
                .setAll(List.of(
                        name,
                        email,
                        phone,
                        company,
                        job,
                        channel,
                        campaign,
                        created,
                        stage,
                        touches,
                        score,
                        status,
                        qualification,
                        bant));
        keepSelectionAcrossReloads();

        // Sorting happens in SQL: the table only reports which column and direction the user asked for.
        table.setSortPolicy(t -> true);
        created.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(created));
        table.getSortOrder().addListener((ListChangeListener<TableColumn<LeadRow, ?>>) c -> applySort());
        for (TableColumn<LeadRow, ?> column : List.of(name, email, company, created, score)) {
            column.sortTypeProperty().addListener((obs, old, now) -> applySort());
        }

        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE && e.isShortcutDown()) {
                deleteSelected();
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<LeadRow>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editor.edit(row.getItem().id());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null
                    && editor.openProperty().get()
                    && !editor.dirtyProperty().get()
                    && table.getSelectionModel().getSelectedItems().size() == 1) {
                Lead current = editor.editingProperty().get();
                if (current == null || current.id() != now.id()) {
                    editor.edit(now.id());
                }
            }
        });
        table.setContextMenu(contextMenu());
        table.placeholderProperty()
                .bind(Bindings.createObjectBinding(
                        this::placeholder, model.totalLeadsProperty(), model.totalProperty(), model.loadingProperty()));
    }

    /**
     * A page read again (a touch logged, a lead saved) keeps the leads selected that are still on it; the table by
     * itself drops the selection when its rows are replaced. The selected ids are followed as the user selects, left
     * alone while the rows change (a listener added before the table's own marks that), and selected again after.
     */
    private void keepSelectionAcrossReloads() {
        java.util.Set<Long> selected = new java.util.LinkedHashSet<>();
        boolean[] replacing = {false};
        model.rows().addListener((ListChangeListener<LeadRow>) change -> replacing[0] = true);
        table.setItems(model.rows());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LeadRow>) change -> {
            if (!replacing[0]) {
                selected.clear();
                table.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull)
                        .forEach(row -> selected.add(row.id()));
            }
        });
        model.rows().addListener((ListChangeListener<LeadRow>) change -> {
            replacing[0] = false;
            // The table may keep a part of the selection by index (the focused row): select all the ids again.
            java.util.Set<Long> now = new java.util.HashSet<>();
            table.getSelectionModel().getSelectedItems().stream()
                    .filter(Objects::nonNull)
                    .forEach(row -> now.add(row.id()));
            if (selected.isEmpty() || now.equals(selected)) {
                return;
            }
            int[] indices = java.util.stream.IntStream.range(0, table.getItems().size())
                    .filter(i -> selected.contains(table.getItems().get(i).id()))
                    .toArray();
            if (indices.length == 0) {
                selected.clear();
            } else {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel()
                        .selectIndices(indices[0], java.util.Arrays.copyOfRange(indices, 1, indices.length));
            }
        });
    }

    /** What can be done with the selected leads; items that need one lead are off for several. */
    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem("Open", new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW));
        open.setId("context-open");
        open.setOnAction(e -> openSelected());
        MenuItem task = new MenuItem("New task…", new FontIcon(Material2OutlinedAL.ADD_TASK));
        task.setId("context-new-task");
        task.setOnAction(e -> newTaskForSelection());
        MenuItem delete = new MenuItem("Delete", new FontIcon(Material2OutlinedAL.DELETE_OUTLINE));
        delete.setId("context-delete");
        delete.setOnAction(e -> deleteSelected());
        ContextMenu menu = new ContextMenu(open, task, new SeparatorMenuItem());
        menu.getItems().addAll(activity.actions(this::selectedLeads));
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            int selected = table.getSelectionModel().getSelectedItems().size();
            menu.getItems().forEach(item -> item.setDisable(selected == 0));
            open.setDisable(selected != 1);
            task.setDisable(selected != 1);
        });
        return menu;
    }

    private Node tableArea() {
        StackPane area = new StackPane(table);
        SplitPane.setResizableWithParent(area, true);
        return area;
    }

    private void applySort() {
        if (applyingSort) {
            return;
        }
        TableColumn<LeadRow, ?> first =
                table.getSortOrder().isEmpty() ? null : table.getSortOrder().getFirst();
        if (first == null) {
            model.sortProperty().set(LeadSort.NEWEST_FIRST);
            return;
        }
        LeadSortField field = switch (Objects.requireNonNullElse(first.getId(), "")) {
            case "col-name" -> LeadSortField.NAME;
            case "col-email" -> LeadSortField.EMAIL;
            case "col-company" -> LeadSortField.COMPANY;
            case "col-score" -> LeadSortField.SCORE;
            default -> LeadSortField.CREATED;
        };
        if (table.getSortOrder().size() > 1) {
            // One sort column at a time: SQL sorts by one indexed key.
            applyingSort = true;
            table.getSortOrder().setAll(List.of(first));
            applyingSort = false;
        }
        model.sortProperty().set(new LeadSort(field, first.getSortType() == TableColumn.SortType.ASCENDING));
    }

    private Node placeholder() {
        if (model.loadingProperty().get()
                && model.rows().isEmpty()
                && model.totalLeadsProperty().get() < 0) {
            ProgressIndicator progress = new ProgressIndicator();
            progress.setMaxSize(40, 40);
            return progress;
        }
        if (model.totalLeadsProperty().get() == 0) {
            Label title = new Label("No leads yet");
            title.getStyleClass().add("title-3");
            Label text = new Label("Import the CSV export of your form or ad tool, add a lead by hand, "
                    + "or load a thousand demo leads to look around.");
            text.setWrapText(true);
            text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            text.getStyleClass().add("text-muted");
            text.setMaxWidth(520);
            Button add = new Button("Add a lead", new FontIcon(Material2OutlinedMZ.PERSON_ADD));
            add.getStyleClass().add("accent");
            add.setId("empty-add-lead");
            add.setOnAction(e -> newLead());
            HBox buttons = new HBox(8, add);
            if (loadDemo != null) {
                Button demo = new Button("Load demo data", new FontIcon(Material2OutlinedMZ.SCIENCE));
                demo.setId("empty-load-demo");
                demo.setOnAction(e -> loadDemo.run());
                buttons.getChildren().add(demo);
            }
            Button importCsv = new Button("Import a CSV…", new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
            importCsv.setId("empty-import");
            importCsv.setOnAction(e -> openImport.run());
            buttons.getChildren().addFirst(importCsv);
            buttons.setAlignment(Pos.CENTER);
            FontIcon icon = new FontIcon(Material2OutlinedAL.CONTACTS);
            icon.getStyleClass().add("empty-icon");
            VBox box = new VBox(12, icon, title, text, buttons);
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().add("empty-state");
            return box;
        }
        Label none = new Label(model.totalProperty().get() < 0 ? "Searching…" : "No leads match these filters.");
        none.getStyleClass().add("text-muted");
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> model.clearFilters());
        VBox box = new VBox(10, none, clear);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node pager() {
        Label text = new Label();
        text.setId("page-text");
        text.textProperty().bind(model.pageTextProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        Button first = pagerButton(Material2OutlinedAL.FIRST_PAGE, "First page (Ctrl+Home)", "page-first");
        first.setOnAction(e -> model.firstPage());
        first.disableProperty().bind(model.hasPreviousProperty().not());
        Button previous = pagerButton(Material2OutlinedAL.CHEVRON_LEFT, "Previous page (Page Up)", "page-previous");
        previous.setOnAction(e -> model.previousPage());
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        Button next = pagerButton(Material2OutlinedAL.CHEVRON_RIGHT, "Next page (Page Down)", "page-next");
        next.setOnAction(e -> model.nextPage());
        next.disableProperty().bind(model.hasNextProperty().not());
        Button last = pagerButton(Material2OutlinedAL.LAST_PAGE, "Last page (Ctrl+End)", "page-last");
        last.setOnAction(e -> model.lastPage());
        last.disableProperty().bind(model.hasNextProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, busy, spacer, text, first, previous, next, last);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 16, 6, 16));
        bar.getStyleClass().add("pager");
        return bar;
    }

    private void showEditor(boolean open) {
        if (open && !split.getItems().contains(editorView())) {
            split.getItems().add(editorView);
            split.setDividerPositions(0.62);
        } else if (!open) {
            split.getItems().remove(editorView);
            table.requestFocus();
        }
    }

    public void newLead() {
        editor.newLead();
        editorView().focusFirstField();
    }

    public void openSelected() {
        LeadRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            editor.edit(row.id());
        }
    }

    /** The leads selected in the table, in table order. */
    public List<LeadRef> selectedLeads() {
        return table.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull)
                .map(LeadRef::of)
                .toList();
    }

    /**
     * Asks for a new task on the one selected lead, or else on the lead in the detail pane; false when there is no
     * such lead.
     */
    public boolean newTaskForSelection() {
        List<LeadRef> selected = selectedLeads();
        Lead open = editor.editingProperty().get();
        LeadRef lead = selected.size() == 1
                ? selected.getFirst()
                : selected.isEmpty() && open != null ? LeadRef.of(open) : null;
        if (lead == null) {
            return false;
        }
        newTask.accept(lead);
        return true;
    }

    public void deleteSelected() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream()
                .map(LeadRow::id)
                .toList();
        Lead editing = editor.editingProperty().get();
        if (editing != null && ids.contains(editing.id())) {
            editor.close();
        }
        model.delete(ids);
    }

    private void deleteEditing() {
        Lead editing = editor.editingProperty().get();
        if (editing != null) {
            editor.close();
            model.delete(List.of(editing.id()));
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<LeadRow> table() {
        return table;
    }

    private static <T> TableColumn<LeadRow, T> column(String title, Function<LeadRow, T> value, double width) {
        TableColumn<LeadRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
            }
        });
        return column;
    }

    private static String pretty(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        button.setTooltip(new Tooltip(tooltip));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setFocusTraversable(false);
        return button;
    }

    private static Button pagerButton(org.kordamp.ikonli.Ikon icon, String tooltip, String id) {
        Button button = iconButton(icon, tooltip);
        button.setId(id);
        return button;
    }
}
