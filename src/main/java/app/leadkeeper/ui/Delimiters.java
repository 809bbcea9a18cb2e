package app.leadkeeper.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The CSV delimiters a user chooses from (reading an import, writing an export), named in words. */
public final class Delimiters {
    public static final List<Character> COMMON = List.of(',', ';', '\t', '|');

    private Delimiters() {}

    /** A chooser of the common delimiters, each shown by name with its sign. */
    public static ComboBox<Character> chooser(String id) {
        ComboBox<Character> box = new ComboBox<>(FXCollections.observableArrayList(COMMON));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : name(c);
            }

            @Override
            public Character fromString(String text) {
                return null;
            }
        });
        return box;
    }

    public static String name(char c) {
        return switch (c) {
            case ',' -> "Comma  ,";
            case ';' -> "Semicolon  ;";
            case '\t' -> "Tab";
            case '|' -> "Pipe  |";
            default -> String.valueOf(c);
        };
    }
}
