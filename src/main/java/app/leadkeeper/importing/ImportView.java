package app.leadkeeper.importing;

import app.leadkeeper.ui.Delimiters;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The import wizard and the import history. Lays out and binds; {@link ImportModel} does the work. */
public final class ImportView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
    private static final List<Charset> ENCODINGS = List.of(
            StandardCharsets.UTF_8,
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1,
            Charset.forName("x-MacRoman"));

    private final ImportModel model;
    private final Supplier<javafx.stage.Window> window;
    private final StackPane content = new StackPane();

    public ImportView(ImportModel model, Supplier<javafx.stage.Window> window) {
        this.model = model;
        this.window = window;
        setId("import-view");
        getStyleClass().add("import-view");
        Label title = new Label("Import leads or ad spend from a CSV file");
        title.getStyleClass().add("title-2");
        Label steps = new Label();
        steps.getStyleClass().add("text-muted");
        steps.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (model.stepProperty().get()) {
                            case FILE -> "Step 1 of 4 · Choose a file";
                            case MAPPING -> "Step 2 of 4 · Check the format and the columns";
                            case CHECKED -> "Step 3 of 4 · Check every row, then import";
                            case DONE -> "Step 4 of 4 · Done";
                            case SPEND -> "Step 2 of 3 · Check the spend report, then import";
                            case SPEND_DONE -> "Step 3 of 3 · Done";
                        },
                        model.stepProperty()));
        VBox header = new VBox(4, title, steps);
        header.setPadding(new Insets(20, 24, 12, 24));
        setTop(header);
        content.setPadding(new Insets(0, 24, 0, 24));
        setCenter(content);
        setBottom(progressBar());
        model.stepProperty().addListener((obs, old, now) -> show(now));
        // Checking a spend report again (for another channel) stays on its step: the page shows the new counts.
        model.spendCheckedProperty().addListener((obs, old, now) -> {
            if (now != null && model.stepProperty().get() == ImportModel.Step.SPEND) {
                show(ImportModel.Step.SPEND);
            }
        });
        show(model.stepProperty().get());
    }

    private void show(ImportModel.Step step) {
        content.getChildren()
                .setAll(
                        switch (step) {
                            case FILE -> filePage();
                            case MAPPING -> mappingPage();
                            case CHECKED -> checkPage();
                            case DONE -> donePage();
                            case SPEND -> new SpendImportPage(model).checkPage();
                            case SPEND_DONE -> new SpendImportPage(model).donePage();
                        });
    }

    private Node filePage() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.FILE_UPLOAD);
        icon.getStyleClass().add("empty-icon");
        Label drop = new Label("Drop a CSV export here");
        drop.getStyleClass().add("title-4");
        Label hint = new Label(
                "Exports of Facebook / Instagram Lead Ads, Google Forms, Typeform, Gravity Forms, Contact Form 7,"
                        + " HubSpot, Mailchimp, LinkedIn, Jotform, WPForms, Elementor and spreadsheets are recognised; any other"
                        + " CSV is mapped by its column names. Spend reports of Google Ads, Meta Ads Manager and LinkedIn"
                        + " Campaign Manager go into the spend ledger. Nothing is written before you confirm.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMaxWidth(560);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button choose = new Button("Choose a file…", new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        choose.setId("import-choose");
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> chooseFile());
        choose.disableProperty().bind(model.busyProperty());
        VBox zone = new VBox(10, icon, drop, hint, choose);
        zone.setAlignment(Pos.CENTER);
        zone.getStyleClass().add("drop-zone");
        zone.setPadding(new Insets(28));
        zone.setOnDragOver(this::acceptFiles);
        zone.setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                model.open(files.getFirst().toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        Label historyTitle = new Label("Earlier imports");
        historyTitle.getStyleClass().add("title-4");
        VBox page = new VBox(16, zone, statusLabel(), historyTitle, historyTable());
        VBox.setVgrow(page.getChildren().getLast(), Priority.ALWAYS);
        page.setPadding(new Insets(0, 0, 16, 0));
        return page;
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a CSV file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV and text files", "*.csv", "*.tsv", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        var file = chooser.showOpenDialog(window.get());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    private Node historyTable() {
        TableView<ImportBatch> table = new TableView<>(model.history());
        table.setId("import-history");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No imports yet."));
        table.getColumns()
                .setAll(List.of(
                        column("#", b -> Long.toString(b.id()), 50),
                        column("File", ImportBatch::fileName, 240),
                        column(
                                "When",
                                b -> WHEN.format(b.finishedAt().atZoneSameInstant(java.time.ZoneId.systemDefault())),
                                150),
                        column("Source", ImportView::sourceName, 130),
                        column("Rows", b -> String.format("%,d", b.rows()), 80),
                        column("New", b -> String.format("%,d", b.created()), 80),
                        column("Updated", b -> String.format("%,d", b.updated()), 80),
                        column("Rejected", b -> String.format("%,d", b.rejected()), 80),
                        undoColumn()));
        table.setPrefHeight(260);
        return table;
    }

    private static String sourceName(ImportBatch batch) {
        if (batch.isSpend()) {
            return AdPlatform.ofId(batch.sourceTool())
                            .map(AdPlatform::displayName)
                            .orElse(batch.sourceTool())
                    + " (spend)";
        }
        return SourceTool.displayNameOf(batch.sourceTool());
    }

    private TableColumn<ImportBatch, ImportBatch> undoColumn() {
        TableColumn<ImportBatch, ImportBatch> undo = new TableColumn<>("");
        undo.setPrefWidth(110);
        undo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        undo.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("Undo");

            @Override
            protected void updateItem(ImportBatch batch, boolean empty) {
                super.updateItem(batch, empty);
                if (empty || batch == null) {
                    setGraphic(null);
                    setText(null);
                } else if (batch.undone()) {
                    setGraphic(null);
                    setText("Undone");
                } else {
                    button.getStyleClass().setAll("button", "small");
                    button.setOnAction(e -> model.undo(batch.id()));
                    button.disableProperty().bind(model.busyProperty());
                    setGraphic(button);
                    setText(null);
                }
            }
        });
        return undo;
    }

    private Node mappingPage() {
        ImportPreview preview = model.previewProperty().get();
        Label file =
                new Label(preview == null ? "" : preview.file().getFileName().toString());
        file.getStyleClass().add("title-4");
        ComboBox<Charset> encoding = new ComboBox<>(FXCollections.observableArrayList(ENCODINGS));
        encoding.setId("import-encoding");
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        ComboBox<Character> delimiter = Delimiters.chooser("import-delimiter");
        delimiter.valueProperty().bindBidirectional(model.delimiterProperty());
        ComboBox<SourceTool> tool = new ComboBox<>(FXCollections.observableArrayList(SourceTool.values()));
        tool.setId("import-tool");
        tool.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceTool t) {
                return t == null ? "" : t.displayName();
            }

            @Override
            public SourceTool fromString(String text) {
                return null;
            }
        });
        tool.valueProperty().bindBidirectional(model.toolProperty());
        TextField channel = new TextField();
        channel.setId("import-channel");
        channel.setPromptText("from the file");
        channel.textProperty().bindBidirectional(model.channelProperty());
        GridPane format = new GridPane();
        format.setHgap(10);
        format.setVgap(6);
        format.addRow(0, label("Encoding"), encoding, label("Delimiter"), delimiter);
        format.addRow(1, label("Source"), tool, label("Channel for every row"), channel);

        TableView<ImportModel.MappingRow> table = new TableView<>(model.mapping());
        table.setId("import-mapping");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<ImportModel.MappingRow, String> header = new TableColumn<>("Column in the file");
        header.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().header()));
        header.setPrefWidth(220);
        TableColumn<ImportModel.MappingRow, String> example = new TableColumn<>("First value");
        example.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().example()));
        example.setPrefWidth(260);
        TableColumn<ImportModel.MappingRow, Target> target = new TableColumn<>("Import as");
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        target.setCellFactory(ComboBoxTableCell.forTableColumn(
                new StringConverter<>() {
                    @Override
                    public String toString(Target t) {
                        return t == null ? "" : t.label();
                    }

                    @Override
                    public Target fromString(String text) {
                        return null;
                    }
                },
                Target.values()));
        target.setEditable(true);
        target.setPrefWidth(200);
        table.getColumns().setAll(List.of(header, example, target));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField profile = new TextField();
        profile.setId("import-profile-name");
        profile.setPromptText("e.g. Facebook spring campaign");
        profile.textProperty().bindBidirectional(model.profileNameProperty());
        Button save = new Button("Save mapping");
        save.setId("import-save-profile");
        save.setOnAction(e -> model.saveProfile());
        save.disableProperty().bind(model.profileNameProperty().isEmpty().or(model.busyProperty()));
        HBox profiles = new HBox(8, label("Mapping profile"), profile, save);
        profiles.setAlignment(Pos.CENTER_LEFT);

        Button back = new Button("Back");
        back.setOnAction(e -> model.back());
        Button check = new Button("Check every row", new FontIcon(Material2OutlinedAL.FACT_CHECK));
        check.setId("import-check");
        check.getStyleClass().add("accent");
        check.setDefaultButton(true);
        check.setOnAction(e -> model.check());
        check.disableProperty().bind(model.busyProperty());
        VBox page = new VBox(12, file, format, table, profiles, statusLabel(), buttons(back, check));
        page.setPadding(new Insets(0, 0, 12, 0));
        return page;
    }

    private Node checkPage() {
        ImportReport report = model.checkedProperty().get();
        Label heading = new Label("What the import will do");
        heading.getStyleClass().add("title-4");
        Node counts = counts(report);
        Button back = new Button("Back to the columns");
        back.setOnAction(e -> model.back());
        Button run = new Button(
                String.format("Import %,d rows", report.rows() - report.rejected() - report.suppressed()),
                new FontIcon(Material2OutlinedAL.DONE_ALL));
        run.setId("import-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.runImport());
        run.disableProperty().bind(model.busyProperty());
        Button save = saveRejectedButton(report);
        return page(2, heading, counts, problems(report), statusLabel(), buttons(back, save, run));
    }

    private Node donePage() {
        ImportReport report = model.importedProperty().get();
        Label heading = new Label(
                String.format("Imported %s as import %d", Path.of(report.file()).getFileName(), report.batchId()));
        heading.setId("import-done-title");
        heading.getStyleClass().add("title-4");
        Button undo = undoButton(model, model::undoLastImport);
        return page(
                2,
                heading,
                counts(report),
                problems(report),
                statusLabel(),
                buttons(undo, saveRejectedButton(report), againButton(model)));
    }

    /** A page of the check or the result: {@code grows} is the child that takes the height left. */
    static VBox page(int grows, Node... children) {
        VBox page = new VBox(12, children);
        VBox.setVgrow(children[grows], Priority.ALWAYS);
        page.setPadding(new Insets(0, 0, 12, 0));
        return page;
    }

    /** "Undo this import" on a result page: off while busy and once undone. */
    static Button undoButton(ImportModel model, Runnable undo) {
        Button button = new Button("Undo this import", new FontIcon(Material2OutlinedAL.HISTORY));
        button.setId("import-undo");
        button.setOnAction(e -> undo.run());
        button.disableProperty()
                .bind(model.busyProperty().or(model.undoneProperty().isNotNull()));
        return button;
    }

    /** "Import another file" on a result page: back to the first step, with the history read again. */
    static Button againButton(ImportModel model) {
        Button button = new Button("Import another file");
        button.setId("import-again");
        button.setOnAction(e -> {
            model.restart();
            model.reloadHistory();
        });
        return button;
    }

    private Button saveRejectedButton(ImportReport report) {
        Button save = new Button("Save rejected rows…");
        save.setId("import-save-rejected");
        save.setDisable(report.rejected() == 0);
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the rejected rows");
            chooser.setInitialFileName(
                    Path.of(report.file()).getFileName().toString().replaceFirst("(\\.[^.]*)?$", "-rejected.csv"));
            var file = chooser.showSaveDialog(window.get());
            if (file != null) {
                model.saveRejected(file.toPath());
            }
        });
        return save;
    }

    private static Node counts(ImportReport report) {
        // Wraps rather than pushing the page's buttons out of a narrow window.
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(
                12,
                12,
                count("Rows", report.rows(), "count-rows"),
                count("New leads", report.created(), "count-created"),
                count("Merged into existing leads", report.updated(), "count-updated"),
                count("Duplicates within the file", report.duplicates(), "count-duplicates"),
                count("Rejected", report.rejected(), "count-rejected"));
        if (report.suppressed() > 0) {
            row.getChildren().add(count("Suppressed: erased on request", report.suppressed(), "count-suppressed"));
        }
        return row;
    }

    static Node count(String label, int value, String id) {
        Label number = new Label(String.format("%,d", value));
        number.setId(id);
        number.getStyleClass().add("title-2");
        Label caption = new Label(label);
        caption.getStyleClass().add("text-muted");
        VBox box = new VBox(2, number, caption);
        box.getStyleClass().add("count-card");
        box.setPadding(new Insets(10, 16, 10, 16));
        box.setMinWidth(150);
        return box;
    }

    private static Node problems(ImportReport report) {
        ListView<String> list = new ListView<>();
        list.setId("import-problems");
        String file = Path.of(report.file()).getFileName().toString();
        for (ImportReport.Problem error : report.errors()) {
            list.getItems().add(file + ", line " + error.line() + ": " + error.reason());
        }
        for (ImportReport.Conflict conflict : report.conflicts()) {
            list.getItems()
                    .add("Line " + conflict.line() + ": " + conflict.field() + " kept “" + conflict.kept()
                            + "”, the file said “" + conflict.ignored() + "”");
        }
        for (Long line : report.suppressedLines()) {
            list.getItems()
                    .add(file + ", line " + line + ": skipped, this person was erased on request and is on the "
                            + "suppression list");
        }
        for (ImportReport.Problem warning : report.warnings()) {
            list.getItems().add("Line " + warning.line() + ": " + warning.reason());
        }
        list.setPlaceholder(new Label("No row was rejected and nothing needs a look."));
        list.setPrefHeight(220);
        return list;
    }

    static Node statusLabel(ImportModel model) {
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        return status;
    }

    private Node statusLabel() {
        return statusLabel(model);
    }

    private Node progressBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(320);
        Label message = new Label();
        message.setId("import-progress-message");
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> model.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, bar, message, spacer, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 24, 8, 24));
        box.getStyleClass().add("pager");
        box.visibleProperty().bind(model.busyProperty());
        box.managedProperty().bind(model.busyProperty());
        // Polled, so a fast import never floods the FX thread: four updates a second.
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            double fraction = model.progress().fraction();
            bar.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
            message.setText(
                    model.progress().isCancelled()
                            ? "Cancelling…"
                            : model.progress().message());
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        model.busyProperty().addListener((obs, was, now) -> {
            if (now) {
                poll.play();
            } else {
                poll.stop();
            }
        });
        return box;
    }

    static HBox buttons(Node... nodes) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8);
        box.getChildren().add(spacer);
        box.getChildren().addAll(nodes);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
