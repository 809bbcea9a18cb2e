package app.leadkeeper.settings;

import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.SaveDialog;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Settings › Backups: what is kept and how many, Back up now…, Restore from a file… or the selected backup. */
final class BackupsView extends VBox {
    private final BackupsModel model;
    private BackupFiles files = new SystemFiles();
    private Function<Window, DialogService> dialogs = owner -> new DialogService(owner, null);

    BackupsView(BackupsModel model) {
        this.model = model;
        setId("backups-view");
        setSpacing(12);
        setPadding(new Insets(20, 32, 20, 32));

        Label about = new Label("Leadkeeper backs this data folder up by itself before every import, once a day when"
                + " it starts and before a restore, into " + model.folder() + ". Only the newest are kept.");
        about.setWrapText(true);
        about.getStyleClass().add("text-muted");

        Spinner<Integer> keep =
                IntSpinners.of("backups-keep", 1, 1000, model.keepProperty().get(), 1);
        keep.setPrefWidth(100);
        keep.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.keepProperty().set(now);
            }
        });
        model.keepProperty()
                .addListener((obs, old, now) -> keep.getValueFactory().setValue(now.intValue()));
        HBox keepRow = new HBox(10, new Label("Keep the newest"), keep, new Label("automatic backups"));
        keepRow.setAlignment(Pos.CENTER_LEFT);

        TableView<BackupsModel.Row> table = new TableView<>(model.rows());
        table.setId("backups-table");
        table.getColumns().add(column("Taken", BackupsModel.Row::when, 230));
        table.getColumns().add(column("Why", BackupsModel.Row::kind, 150));
        table.getColumns().add(column("Size", BackupsModel.Row::size, 90));
        table.getColumns().add(column("File", r -> r.file().getFileName().toString(), 320));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No backups yet. The first is taken before your first import, or today when"
                + " Leadkeeper starts again.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button backUp = new Button("Back up now…", new FontIcon(Material2OutlinedMZ.SAVE));
        backUp.setId("backup-now");
        backUp.setOnAction(e -> files.saveAs(getScene().getWindow(), "leadkeeper-backup-" + LocalDate.now() + ".zip")
                .ifPresent(model::backUpTo));
        Button restoreFile = new Button("Restore from a file…", new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        restoreFile.setId("restore-file");
        restoreFile.setOnAction(
                e -> files.open(getScene().getWindow(), model.folder()).ifPresent(this::restore));
        Button restoreSelected = new Button("Restore selected", new FontIcon(Material2OutlinedMZ.RESTORE));
        restoreSelected.setId("restore-selected");
        restoreSelected.setOnAction(
                e -> restore(table.getSelectionModel().getSelectedItem().file()));
        for (Button b : new Button[] {backUp, restoreFile, restoreSelected}) {
            b.disableProperty()
                    .bind(
                            b == restoreSelected
                                    ? table.getSelectionModel()
                                            .selectedItemProperty()
                                            .isNull()
                                            .or(model.busyProperty())
                                    : model.busyProperty());
        }
        HBox actions = new HBox(8, backUp, restoreFile, restoreSelected);

        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(160);
        Button cancel = new Button("Cancel");
        cancel.setId("backup-cancel");
        cancel.setOnAction(e -> model.cancel());
        Label message = new Label();
        message.setId("backups-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox status = new HBox(10, progress, cancel);
        status.setAlignment(Pos.CENTER_LEFT);
        status.visibleProperty().bind(model.busyProperty());
        status.managedProperty().bind(status.visibleProperty());
        message.managedProperty().bind(Bindings.isNotEmpty(message.textProperty()));
        Region gap = new Region();
        gap.setMinHeight(4);

        getChildren().addAll(about, keepRow, actions, status, message, gap, table);
    }

    /** Checks the backup, asks (naming its date and lead count), then restores it. */
    private void restore(Path file) {
        model.check(file, checked -> {
            boolean yes = dialogs.apply(getScene().getWindow())
                    .confirm("Restore this backup?", model.describe(checked), "Restore", "restore-confirm");
            if (yes) {
                model.restore(checked);
            }
        });
    }

    void setFiles(BackupFiles files) {
        this.files = files;
    }

    private static TableColumn<BackupsModel.Row, String> column(
            String title, Function<BackupsModel.Row, String> value, double width) {
        TableColumn<BackupsModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The operating system's file dialogs. */
    private static final class SystemFiles implements BackupFiles {
        private final SaveDialog saveDialog = new SaveDialog();

        @Override
        public Optional<Path> saveAs(Window owner, String suggestedName) {
            return saveDialog.ask(owner, "Back up to", suggestedName, "Leadkeeper backup", ".zip");
        }

        @Override
        public Optional<Path> open(Window owner, Path folder) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Restore a backup");
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter("Leadkeeper backups (*.zip)", "*.zip"),
                            new FileChooser.ExtensionFilter("All files", "*.*"));
            if (folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        }
    }
}
