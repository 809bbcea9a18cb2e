package app.leadkeeper.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Toolbar buttons as the editors build them: an icon, a tooltip, never squeezed; icon-only when there is no text. */
public final class Buttons {
    private Buttons() {}

    public static Button tool(String id, String text, Ikon icon, String tooltip) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (text == null) {
            button.getStyleClass().add("button-icon");
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        return button;
    }
}
