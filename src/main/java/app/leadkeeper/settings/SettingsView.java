package app.leadkeeper.settings;

import app.leadkeeper.Version;
import app.leadkeeper.spend.Currency;
import app.leadkeeper.ui.Theme;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TabPaneSkin;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The settings page, in tabs: the pipeline (stages and lost reasons), the cadences, lead scoring, and the general
 * settings (appearance, phone numbers, data folder).
 */
public final class SettingsView extends BorderPane {
    private final BackupsView backupsView;

    /** Replaces the backups tab's file dialogs (tests choose the files themselves). */
    public void setBackupFiles(BackupFiles files) {
        backupsView.setFiles(files);
    }

    public SettingsView(
            SettingsModel model,
            StagesModel stages,
            CadencesModel cadences,
            ScoringModel scoring,
            ChannelsModel channels,
            BackupsModel backups,
            ObjectProperty<Theme> theme) {
        setId("settings-view");
        getStyleClass().add("settings-view");

        Label title = new Label("Settings");
        title.getStyleClass().add("title-2");

        ComboBox<Theme> themeChoice = new ComboBox<>();
        themeChoice.setId("theme-choice");
        themeChoice.getItems().setAll(Theme.values());
        themeChoice.valueProperty().bindBidirectional(theme);

        ComboBox<String> region = new ComboBox<>();
        region.setId("phone-region");
        region.getItems()
                .setAll(PhoneNumberUtil.getInstance().getSupportedRegions().stream()
                        .sorted(Comparator.comparing(SettingsView::regionName))
                        .toList());
        region.valueProperty().bindBidirectional(model.phoneRegionProperty());
        region.setCellFactory(list -> new RegionCell());
        region.setButtonCell(new RegionCell());
        region.setVisibleRowCount(14);

        ComboBox<String> currency = new ComboBox<>();
        currency.setId("currency-choice");
        currency.getItems().setAll(Currency.choices());
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        currency.setCellFactory(list -> new CurrencyCell());
        currency.setButtonCell(new CurrencyCell());
        currency.setVisibleRowCount(14);

        TextField folder = new TextField();
        folder.setEditable(false);
        folder.setPrefColumnCount(40);
        folder.textProperty().bind(model.dataFolderProperty());

        Label message = new Label();
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        // Labels keep their width; the fields give way in a narrow window.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, new ColumnConstraints());
        int row = 0;
        grid.add(section("Appearance"), 0, row++, 2, 1);
        grid.add(new Label("Theme"), 0, row);
        grid.add(themeChoice, 1, row++);
        grid.add(section("Phone numbers"), 0, row++, 2, 1);
        grid.add(new Label("Default country"), 0, row);
        grid.add(region, 1, row++);
        grid.add(
                hint("Numbers typed or imported without +country code are read as numbers of this country."), 1, row++);
        grid.add(message, 1, row++);
        Label currencyMessage = new Label();
        currencyMessage.setId("currency-message");
        currencyMessage.getStyleClass().add("text-muted");
        currencyMessage.textProperty().bind(model.currencyMessageProperty());
        currencyMessage.managedProperty().bind(currencyMessage.textProperty().isNotEmpty());
        grid.add(section("Money"), 0, row++, 2, 1);
        grid.add(new Label("Currency"), 0, row);
        grid.add(currency, 1, row++);
        grid.add(
                hint("One currency for this data folder: spend, revenue, cost per lead and ROI are in it. Changing it"
                        + " converts nothing."),
                1,
                row++);
        grid.add(currencyMessage, 1, row++);
        grid.add(section("Data"), 0, row++, 2, 1);
        grid.add(new Label("Data folder"), 0, row);
        grid.add(folder, 1, row++);
        grid.add(hint("Change it with --data-dir or the LEADKEEPER_HOME environment variable."), 1, row++);
        grid.add(section("About"), 0, row++, 2, 1);
        grid.add(new Label("Version"), 0, row);
        grid.add(new Label(Version.current()), 1, row++);

        Tab cadencesTab = tab("settings-tab-cadences", "Cadences", cadences(cadences));
        Tab scoringTab = tab("settings-tab-scoring", "Scoring", scoring(scoring));
        Tab channelsTab = tab("settings-tab-channels", "Channels", scrolling(new ChannelsSettingsView(channels)));
        BackupsView backupsView = new BackupsView(backups);
        this.backupsView = backupsView;
        Tab backupsTab = tab("settings-tab-backups", "Backups", backupsView);
        TabPane tabs = new TabPane(
                tab("settings-tab-pipeline", "Pipeline", scrolling(pipeline(stages))),
                cadencesTab,
                scoringTab,
                channelsTab,
                backupsTab,
                tab("settings-tab-general", "General", scrolling(grid)));
        tabs.setId("settings-tabs");
        tabs.getStyleClass().add("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The skin now rather than at the first layout: every tab's controls are in the scene from the start.
        tabs.setSkin(new TabPaneSkin(tabs));
        // Stages may have been renamed or added in the Pipeline tab meanwhile.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == cadencesTab) {
                cadences.load();
            } else if (now == channelsTab) {
                // Imports add channels and source values.
                channels.load();
            } else if (now == backupsTab) {
                backups.load();
            } else if (now == scoringTab) {
                // Scores change as leads do: "now" and the matched counts are read again.
                scoring.load();
            }
        });

        BorderPane.setMargin(title, new Insets(24, 32, 8, 32));
        setTop(title);
        setCenter(tabs);
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static ScrollPane scrolling(Node content) {
        VBox page = new VBox(content);
        page.setPadding(new Insets(20, 32, 32, 32));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The cadence editor fills the tab: its lists scroll, not the page. */
    private static VBox cadences(CadencesModel cadences) {
        CadencesView editor = new CadencesView(cadences);
        VBox.setVgrow(editor, Priority.ALWAYS);
        VBox page = new VBox(
                12,
                hint(
                        "Named series of follow-up steps. Start one on leads by hand, or let a stage start it on every lead"
                                + " that enters. Steps become tasks; completing a task logs a touch."),
                editor);
        page.setId("cadence-settings");
        page.setPadding(new Insets(20, 32, 24, 32));
        return page;
    }

    /**
     * The scoring editor fills the tab, its table and chart growing with the window; in a window too low for it, the
     * tab scrolls (the editor asks for the visible height, as the cadence detail does, and gets its minimum).
     */
    private static ScrollPane scoring(ScoringModel scoring) {
        ScoringView editor = new ScoringView(scoring);
        VBox.setVgrow(editor, Priority.ALWAYS);
        VBox page = new VBox(editor);
        page.setId("scoring-settings");
        page.setPadding(new Insets(20, 32, 24, 32));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        page.prefHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        return scroll;
    }

    /** The Pipeline tab: the stages and the lost reasons. */
    private static VBox pipeline(StagesModel stages) {
        Label message = new Label();
        message.setId("pipeline-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(stages.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.setWrapText(true);

        Label lost = section("Lost reasons");
        VBox box = new VBox(
                8,
                section("Stages"),
                hint("The stages a lead goes through, in order. Each belongs to a part of the funnel; won and lost"
                        + " stages end a lead's way. Alt+Up and Alt+Down move the selected stage."),
                new StagesView(stages),
                message,
                lost,
                hint("Offered when a lead is lost. Double-click a reason to rename it."),
                new LostReasonsView(stages));
        box.setId("pipeline-settings");
        box.getStyleClass().add("pipeline-settings");
        VBox.setMargin(lost, new Insets(14, 0, 2, 0));
        return box;
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("editor-section");
        GridPane.setMargin(label, new Insets(14, 0, 2, 0));
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "text-small");
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static String regionName(String code) {
        String name = Locale.of("", code).getDisplayCountry();
        return name.isBlank() ? code : name;
    }

    private static final class CurrencyCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Currency.label(item, Locale.getDefault(Locale.Category.DISPLAY)));
        }
    }

    private static final class RegionCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : regionName(item) + " (" + item + ")");
        }
    }
}
