package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        box.setCellFactory(list -> new ChannelCell(allText, false));
        box.setButtonCell(new ChannelCell(allText, true));
        box.setVisibleRowCount(14);
        // The skin shows the prompt, not the button cell's text, while no channel is chosen.
        if (!allText.isEmpty()) {
            box.setPromptText(allText);
        }
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

    /** A dialog's form: labels keep their width, fields take the rest. */
    static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(300);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
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

    /** A dialog's OK button, {@code text} on it ("Add …" or "Save"), beside Cancel. */
    static ButtonType saveButton(Dialog<?> dialog, String text) {
        ButtonType save = new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        return save;
    }

    /** A dialog's channel chooser over {@code channels}, none chosen yet. */
    static ComboBox<Channel> channelField(String id, List<Channel> channels) {
        ComboBox<Channel> channel = channelChoice("");
        channel.setId(id);
        channel.getItems().setAll(channels);
        channel.setPromptText("Choose a channel");
        channel.setMaxWidth(Double.MAX_VALUE);
        return channel;
    }

    /** A dialog's text field; {@code text} null leaves it empty. */
    static TextField textField(String id, String text, String prompt) {
        TextField field = new TextField(text == null ? "" : text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }

    /** A {@link #problem} label per field, with the id "{@code kind}-field-name-problem". */
    static <F extends Enum<F>> Map<F, Label> problems(Class<F> fields, String kind) {
        Map<F, Label> problems = new EnumMap<>(fields);
        for (F f : fields.getEnumConstants()) {
            problems.put(f, problem(kind + "-" + f.name().toLowerCase().replace('_', '-') + "-problem"));
        }
        return problems;
    }

    /** Writes each touched field's problem under it, and nothing under the fields not yet touched. */
    static <F> void showProblems(Map<F, Label> labels, Set<F> touched, Map<F, String> problems) {
        labels.forEach((f, label) -> label.setText(touched.contains(f) ? problems.getOrDefault(f, "") : ""));
    }

    /** On every change of one of {@code values}: {@code fields} count as touched, and the form is checked again. */
    static <F> void watch(Set<F> touched, Set<F> fields, Runnable check, Observable... values) {
        for (Observable value : values) {
            value.addListener(obs -> {
                touched.addAll(fields);
                check.run();
            });
        }
    }

    static Label problem(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(340);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static final class ChannelCell extends ListCell<Channel> {
        private final String allText;
        /** The button shows the chosen value; with none chosen it reads "All channels" where that is a choice. */
        private final boolean button;

        ChannelCell(String allText, boolean button) {
            this.allText = allText;
            this.button = button;
        }

        @Override
        protected void updateItem(Channel item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(button && !allText.isEmpty() ? allText : null);
            } else {
                setText(item == null ? allText : item.name());
            }
        }
    }
}
