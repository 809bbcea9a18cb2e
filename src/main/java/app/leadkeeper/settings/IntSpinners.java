package app.leadkeeper.settings;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;

/**
 * Whole-number spinners that take what is typed at once: a number in range becomes the value while it is typed, not
 * only on Enter, so a dialog's OK and a live preview never miss it. Only digits and a leading minus can be typed.
 */
final class IntSpinners {
    private IntSpinners() {}

    static Spinner<Integer> of(String id, int min, int max, int value, int step) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.clamp(value, min, max), step);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.getEditor()
                .setTextFormatter(new TextFormatter<>(
                        change -> change.getControlNewText().matches("[-−]?\\d{0,7}") ? change : null));
        spinner.getEditor().textProperty().addListener((obs, old, now) -> {
            Integer typed = parse(now);
            if (typed != null && typed >= min && typed <= max && !typed.equals(factory.getValue())) {
                factory.setValue(typed);
            }
        });
        // Whatever was typed and is no number in range goes back to the value when the field is left.
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
            }
        });
        return spinner;
    }

    /** The typed number ("−5" too), or null for text that is none. */
    static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replace('−', '-');
        if (!clean.matches("-?\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(clean);
    }
}
