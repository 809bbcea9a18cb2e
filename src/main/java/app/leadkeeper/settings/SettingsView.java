package app.leadkeeper.settings;

import app.leadkeeper.Version;
import app.leadkeeper.ui.Theme;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The settings page: the pipeline (stages and lost reasons), appearance, phone numbers, data folder. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsModel model, StagesModel stages, ObjectProperty<Theme> theme) {
        setId("settings-view");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");

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
        grid.add(section("Data"), 0, row++, 2, 1);
        grid.add(new Label("Data folder"), 0, row);
        grid.add(folder, 1, row++);
        grid.add(hint("Change it with --data-dir or the LEADKEEPER_HOME environment variable."), 1, row++);
        grid.add(section("About"), 0, row++, 2, 1);
        grid.add(new Label("Version"), 0, row);
        grid.add(new Label(Version.current()), 1, row++);

        VBox page = new VBox(16, title, pipeline(stages), grid);
        page.setPadding(new Insets(24, 32, 32, 32));
        setContent(page);
    }

    /** Stages and lost reasons: wide lists, so they sit above the two-column grid rather than in it. */
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
                section("Pipeline"),
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

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("editor-section");
        GridPane.setMargin(label, new Insets(14, 0, 2, 0));
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "text-small");
        label.setWrapText(true);
        label.setMaxWidth(520);
        return label;
    }

    static String regionName(String code) {
        String name = Locale.of("", code).getDisplayCountry();
        return name.isBlank() ? code : name;
    }

    private static final class RegionCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : regionName(item) + " (" + item + ")");
        }
    }
}
