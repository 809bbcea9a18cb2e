package app.leadkeeper.funnel;

import app.leadkeeper.core.Amounts;
import app.leadkeeper.leads.StageOutcome;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The questions a move to a won or lost stage asks, as modal dialogs over the main window. */
final class OutcomeDialogs implements OutcomeAsker {
    private final Supplier<Window> owner;
    private final Clock clock;

    OutcomeDialogs(Supplier<Window> owner, Clock clock) {
        this.owner = owner;
        this.clock = clock;
    }

    @Override
    public Optional<StageOutcome> askWon(BoardCard card, Stage stage) {
        LocalDate today = LocalDate.now(clock);
        DatePicker date = new DatePicker(today);
        date.setId("won-date");
        TextField revenue = new TextField(card.dealValue() == null ? "" : plain().format(card.dealValue()));
        revenue.setId("won-revenue");
        revenue.setPromptText("Amount, e.g. " + plain().format(new BigDecimal("1250.50")));
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> revenue.getText().isBlank() || parseAmount(revenue.getText()) != null
                                ? ""
                                : "Not an amount",
                        revenue.textProperty()));
        ButtonType markWon = new ButtonType("Mark won", ButtonBar.ButtonData.OK_DONE);
        Dialog<StageOutcome> dialog = dialog(
                "Mark “" + card.name() + "” as won", markWon, form("Won on", date, "Revenue", revenue, "", problem));
        Node ok = dialog.getDialogPane().lookupButton(markWon);
        ok.setId("confirm-outcome");
        ok.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> date.getValue() == null
                                || !revenue.getText().isBlank() && parseAmount(revenue.getText()) == null,
                        date.valueProperty(),
                        revenue.textProperty()));
        dialog.setResultConverter(button ->
                button == markWon ? StageOutcome.won(wonAt(date.getValue()), parseAmount(revenue.getText())) : null);
        Platform.runLater(revenue::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<StageOutcome> askLost(BoardCard card, Stage stage, List<String> reasons) {
        ComboBox<String> reason = new ComboBox<>();
        reason.getItems().setAll(reasons);
        reason.setEditable(true);
        reason.setId("lost-reason");
        reason.setPromptText("Pick or type a reason");
        reason.setPrefWidth(260);
        ButtonType markLost = new ButtonType("Mark lost", ButtonBar.ButtonData.OK_DONE);
        Dialog<StageOutcome> dialog =
                dialog("Mark “" + card.name() + "” as lost", markLost, form("Reason", reason, null, null, null, null));
        dialog.getDialogPane().lookupButton(markLost).setId("confirm-outcome");
        dialog.setResultConverter(button -> {
            if (button != markLost) {
                return null;
            }
            String typed = reason.getEditor().getText();
            String text = typed == null || typed.isBlank() ? reason.getValue() : typed;
            return StageOutcome.lost(text == null || text.isBlank() ? null : text.strip());
        });
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }

    private Dialog<StageOutcome> dialog(String header, ButtonType confirm, Node content) {
        Dialog<StageOutcome> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            }
        }
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("outcome-dialog");
        return dialog;
    }

    private static GridPane form(String label1, Node field1, String label2, Node field2, String label3, Node field3) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 4, 4));
        grid.addRow(0, new Label(label1), field1);
        if (field2 != null) {
            grid.addRow(1, new Label(label2), field2);
        }
        if (field3 != null) {
            grid.addRow(2, new Label(label3), field3);
        }
        return grid;
    }

    /** Today means now; another day means the start of that day. */
    private OffsetDateTime wonAt(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        return day.equals(today)
                ? OffsetDateTime.now(clock)
                : day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    /** An amount as the user's locale writes it ("1,250.50", "1.250,50") or plainly ("1250.50"); null if none. */
    static BigDecimal parseAmount(String text) {
        return Amounts.parse(text, Locale.getDefault(Locale.Category.FORMAT))
                .filter(amount -> amount.signum() >= 0)
                .orElse(null);
    }

    private static DecimalFormat plain() {
        DecimalFormat format = grouped();
        format.setGroupingUsed(false);
        return format;
    }

    private static DecimalFormat grouped() {
        NumberFormat any = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        DecimalFormat format = any instanceof DecimalFormat d ? d : new DecimalFormat("#,##0.##");
        format.setParseBigDecimal(true);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format;
    }
}
