package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * Adds or edits one spend entry: a day or a whole month, the channel, campaign, amount and note. Each field says what
 * is wrong with it once the user has touched it; the save button waits until nothing is.
 */
final class SpendDialog {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", SpendLedgerModel.locale());

    private final SpendLedgerModel model;
    private final Node owner;

    SpendDialog(SpendLedgerModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    /** The draft to save, or empty when cancelled; {@code entry} is null for a new one. */
    Optional<SpendDraft> show(SpendEntry entry) {
        Dialog<SpendDraft> dialog = new Dialog<>();
        LedgerControls.prepare(dialog, owner, entry == null ? "Add spend" : "Edit spend");
        ButtonType save = LedgerControls.saveButton(dialog, entry == null ? "Add spend" : "Save");

        ToggleGroup kind = new ToggleGroup();
        RadioButton day = new RadioButton("One day");
        day.setId("spend-kind-day");
        RadioButton month = new RadioButton("Whole month");
        month.setId("spend-kind-month");
        day.setToggleGroup(kind);
        month.setToggleGroup(kind);
        (entry != null && entry.wholeMonth() ? month : day).setSelected(true);

        LocalDate today = model.today();
        DatePicker date = LedgerControls.datePicker(entry == null || entry.wholeMonth() ? today : entry.date());
        date.setId("spend-date");
        ComboBox<YearMonth> monthChoice = new ComboBox<>();
        monthChoice.setId("spend-month");
        monthChoice.getItems().setAll(months(today, entry));
        monthChoice.setValue(YearMonth.from(entry == null ? today : entry.date()));
        monthChoice.setCellFactory(list -> new MonthCell());
        monthChoice.setButtonCell(new MonthCell());
        monthChoice.setVisibleRowCount(12);
        date.managedProperty().bind(day.selectedProperty());
        date.visibleProperty().bind(day.selectedProperty());
        monthChoice.managedProperty().bind(month.selectedProperty());
        monthChoice.visibleProperty().bind(month.selectedProperty());

        ComboBox<Channel> channel = LedgerControls.channelField("spend-channel", model.channels());
        if (entry != null) {
            channel.setValue(model.channels().stream()
                    .filter(c -> c.id() == entry.channelId())
                    .findFirst()
                    .orElse(null));
        } else if (model.channelProperty().get() != null) {
            channel.setValue(model.channelProperty().get());
        }
        TextField campaign =
                LedgerControls.textField("spend-campaign", entry == null ? null : entry.campaign(), "e.g. Spring sale");
        TextField amount = LedgerControls.textField(
                "spend-amount",
                entry == null ? null : plain(entry),
                "e.g. " + SpendForm.example(SpendLedgerModel.locale()));
        amount.setPrefColumnCount(12);
        TextField note = LedgerControls.textField("spend-note", entry == null ? null : entry.note(), "optional");

        Map<SpendField, Label> problems = LedgerControls.problems(SpendField.class, "spend");
        Label currency = new Label(model.currencyProperty().get());
        currency.getStyleClass().add("text-muted");

        GridPane grid = LedgerControls.form();
        int row = 0;
        grid.addRow(row++, new Label("When"), new HBox(16, day, month));
        grid.addRow(row++, new Label(""), new HBox(date, monthChoice));
        grid.add(problems.get(SpendField.DATE), 1, row++);
        grid.addRow(row++, new Label("Channel"), channel);
        grid.add(problems.get(SpendField.CHANNEL), 1, row++);
        grid.addRow(row++, new Label("Campaign"), campaign);
        grid.add(problems.get(SpendField.CAMPAIGN), 1, row++);
        HBox amountBox = new HBox(8, amount, currency);
        amountBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row++, new Label("Amount"), amountBox);
        grid.add(problems.get(SpendField.AMOUNT), 1, row++);
        grid.addRow(row++, new Label("Note"), note);
        grid.add(problems.get(SpendField.NOTE), 1, row);
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("spend-save");

        // An edited entry is checked at once; a new one only in the fields the user has touched.
        Set<SpendField> touched = entry == null ? EnumSet.noneOf(SpendField.class) : EnumSet.allOf(SpendField.class);
        SpendForm.Result[] current = new SpendForm.Result[1];
        Runnable check = () -> {
            boolean whole = month.isSelected();
            LocalDate when = whole
                    ? (monthChoice.getValue() == null
                            ? null
                            : monthChoice.getValue().atDay(1))
                    : date.getValue();
            current[0] = SpendForm.read(
                    when,
                    whole,
                    channel.getValue() == null ? null : channel.getValue().id(),
                    campaign.getText(),
                    amount.getText(),
                    note.getText(),
                    SpendLedgerModel.locale());
            LedgerControls.showProblems(problems, touched, current[0].problems());
            ok.setDisable(!current[0].valid());
        };
        LedgerControls.watch(
                touched,
                EnumSet.of(SpendField.DATE),
                check,
                date.valueProperty(),
                monthChoice.valueProperty(),
                kind.selectedToggleProperty());
        LedgerControls.watch(touched, EnumSet.of(SpendField.CHANNEL), check, channel.valueProperty());
        LedgerControls.watch(touched, EnumSet.of(SpendField.CAMPAIGN), check, campaign.textProperty());
        LedgerControls.watch(touched, EnumSet.of(SpendField.AMOUNT), check, amount.textProperty());
        LedgerControls.watch(touched, EnumSet.of(SpendField.NOTE), check, note.textProperty());
        check.run();
        dialog.setResultConverter(button -> button == save && current[0].valid() ? current[0].draft() : null);
        Platform.runLater(entry == null && channel.getValue() == null ? channel::requestFocus : amount::requestFocus);
        return dialog.showAndWait();
    }

    private static String plain(SpendEntry entry) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(SpendLedgerModel.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(entry.amount());
    }

    /** Three years back and one ahead, plus the edited entry's month when it lies outside. */
    private static List<YearMonth> months(LocalDate today, SpendEntry entry) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.from(today);
        for (YearMonth m = now.plusMonths(12); !m.isBefore(now.minusMonths(36)); m = m.minusMonths(1)) {
            months.add(m);
        }
        if (entry != null && !months.contains(YearMonth.from(entry.date()))) {
            months.add(YearMonth.from(entry.date()));
        }
        return months;
    }

    static String monthText(YearMonth month) {
        return MONTH.format(month);
    }

    private static final class MonthCell extends ListCell<YearMonth> {
        @Override
        protected void updateItem(YearMonth item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : monthText(item));
        }
    }
}
