package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Adds or edits one traffic row; each field says what is wrong once touched, and save waits until nothing is. */
final class TrafficDialog {
    private final TrafficModel model;
    private final Node owner;

    TrafficDialog(TrafficModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    Optional<TrafficDraft> show(TrafficEntry entry) {
        Dialog<TrafficDraft> dialog = new Dialog<>();
        LedgerControls.prepare(dialog, owner, entry == null ? "Add traffic figures" : "Edit traffic figures");
        ButtonType save = LedgerControls.saveButton(dialog, entry == null ? "Add traffic" : "Save");

        YearMonth month = YearMonth.from(model.today());
        DatePicker start = LedgerControls.datePicker(entry == null ? month.atDay(1) : entry.start());
        start.setId("traffic-start");
        DatePicker end = LedgerControls.datePicker(entry == null ? month.atEndOfMonth() : entry.end());
        end.setId("traffic-end");
        ComboBox<Channel> channel = LedgerControls.channelField("traffic-channel", model.channels());
        Long chosen = entry != null
                ? Long.valueOf(entry.channelId())
                : model.channelProperty().get() == null
                        ? null
                        : model.channelProperty().get().id();
        channel.setValue(model.channels().stream()
                .filter(c -> chosen != null && c.id() == chosen)
                .findFirst()
                .orElse(null));
        TextField page = LedgerControls.textField(
                "traffic-landing-page", entry == null ? null : entry.landingPage(), "e.g. /pricing");
        TextField visits = LedgerControls.textField(
                "traffic-visits", entry == null ? null : TrafficModel.count(entry.visits()), "");
        TextField clicks = LedgerControls.textField(
                "traffic-clicks", entry == null ? null : TrafficModel.count(entry.clicks()), "");
        TextField impressions = LedgerControls.textField(
                "traffic-impressions", entry == null ? null : TrafficModel.count(entry.impressions()), "");
        for (TextField figure : new TextField[] {visits, clicks, impressions}) {
            figure.setPrefColumnCount(10);
            figure.setPromptText("unknown");
        }

        Map<TrafficField, Label> problems = LedgerControls.problems(TrafficField.class, "traffic");
        GridPane grid = LedgerControls.form();
        int row = 0;
        grid.addRow(row++, new Label("From"), start);
        grid.add(problems.get(TrafficField.START), 1, row++);
        grid.addRow(row++, new Label("To"), end);
        grid.add(problems.get(TrafficField.END), 1, row++);
        grid.addRow(row++, new Label("Channel"), channel);
        grid.add(problems.get(TrafficField.CHANNEL), 1, row++);
        grid.addRow(row++, new Label("Landing page"), page);
        grid.add(problems.get(TrafficField.LANDING_PAGE), 1, row++);
        grid.addRow(row++, new Label("Visits"), visits);
        grid.add(problems.get(TrafficField.VISITS), 1, row++);
        grid.addRow(row++, new Label("Clicks"), clicks);
        grid.add(problems.get(TrafficField.CLICKS), 1, row++);
        grid.addRow(row++, new Label("Impressions"), impressions);
        grid.add(problems.get(TrafficField.IMPRESSIONS), 1, row);
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("traffic-save");

        Set<TrafficField> touched =
                entry == null ? EnumSet.noneOf(TrafficField.class) : EnumSet.allOf(TrafficField.class);
        TrafficForm.Result[] current = new TrafficForm.Result[1];
        Runnable check = () -> {
            current[0] = TrafficForm.read(
                    start.getValue(),
                    end.getValue(),
                    channel.getValue() == null ? null : channel.getValue().id(),
                    page.getText(),
                    visits.getText(),
                    clicks.getText(),
                    impressions.getText(),
                    SpendLedgerModel.locale());
            LedgerControls.showProblems(problems, touched, current[0].problems());
            ok.setDisable(!current[0].valid());
        };
        LedgerControls.watch(touched, EnumSet.of(TrafficField.START), check, start.valueProperty());
        LedgerControls.watch(touched, EnumSet.of(TrafficField.END), check, end.valueProperty());
        LedgerControls.watch(touched, EnumSet.of(TrafficField.CHANNEL), check, channel.valueProperty());
        LedgerControls.watch(touched, EnumSet.of(TrafficField.LANDING_PAGE), check, page.textProperty());
        // "Enter visits, clicks or impressions" shows under visits once any figure was touched.
        LedgerControls.watch(touched, EnumSet.of(TrafficField.VISITS), check, visits.textProperty());
        LedgerControls.watch(
                touched, EnumSet.of(TrafficField.CLICKS, TrafficField.VISITS), check, clicks.textProperty());
        LedgerControls.watch(
                touched, EnumSet.of(TrafficField.IMPRESSIONS, TrafficField.VISITS), check, impressions.textProperty());
        check.run();
        dialog.setResultConverter(button -> button == save && current[0].valid() ? current[0].draft() : null);
        Platform.runLater(channel.getValue() == null ? channel::requestFocus : visits::requestFocus);
        return dialog.showAndWait();
    }

    static String period(LocalDate start, LocalDate end) {
        return start.equals(end)
                ? LedgerControls.DAY.format(start)
                : LedgerControls.DAY.format(start) + " – " + LedgerControls.DAY.format(end);
    }
}
