package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Controls the spend and traffic views share: columns, channel choosers, dates that never throw, dialog set-up. */
final class LedgerControls {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private LedgerControls() {}

    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(text.apply(c.getValue())));
        return column;
    }

    static <S> TableColumn<S, String> numberColumn(String title, double width, Function<S, String> text) {
        TableColumn<S, String> column = column(title, width, text);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.getStyleClass().add("numeric");
        return column;
    }

    /** A channel chooser; with {@code allText}, null stands for every channel. */
    static ComboBox<Channel> channelChoice(String allText) {
        ComboBox<Channel> box = new ComboBox<>();
        box.setCellFactory(list -> new ChannelCell(allText));
        box.setButtonCell(new ChannelCell(allText));
        box.setVisibleRowCount(14);
        return box;
    }

    /** A date picker whose typed text never throws: text that is no date leaves no date, which the form reports. */
    static DatePicker datePicker(LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DAY.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter format : new DateTimeFormatter[] {DAY, DateTimeFormatter.ISO_LOCAL_DATE}) {
                    try {
                        return LocalDate.parse(text.strip(), format);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
                return null;
            }
        });
        return picker;
    }

    /** Owned by the view's window and styled like it. */
    static void prepare(Dialog<?> dialog, Node owner, String header) {
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText(header);
    }

    static Label problem(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(340);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static final class ChannelCell extends ListCell<Channel> {
        private final String allText;

        ChannelCell(String allText) {
            this.allText = allText;
        }

        @Override
        protected void updateItem(Channel item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
            } else {
                setText(item == null ? allText : item.name());
            }
        }
    }
}
