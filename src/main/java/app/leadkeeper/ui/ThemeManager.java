package app.leadkeeper.ui;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.data.AppSettings;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one place that sets the look: AtlantaFX's Primer light or dark user-agent stylesheet, following the OS colour
 * scheme unless the user chose one. Our own colours are CSS variables in leadkeeper.css.
 */
public final class ThemeManager {
    static final String SETTING = "ui.theme";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();

    /** @param initial the stored choice, read off the FX thread with {@link #stored(AppSettings)} */
    public ThemeManager(AppSettings settings, TaskRunner tasks, Theme initial) {
        theme.set(initial);
        theme.addListener((obs, old, now) -> {
            apply();
            tasks.run(() -> {
                        settings.put(SETTING, now.name());
                        return null;
                    })
                    .start();
        });
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> apply());
        apply();
    }

    /** The theme the user chose last time; reads the database, so call it off the FX thread. */
    public static Theme stored(AppSettings settings) {
        return settings.get(SETTING).flatMap(ThemeManager::parse).orElse(Theme.SYSTEM);
    }

    private static java.util.Optional<Theme> parse(String text) {
        try {
            return java.util.Optional.of(Theme.valueOf(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void apply() {
        Theme chosen = Objects.requireNonNullElse(theme.get(), Theme.SYSTEM);
        boolean useDark = chosen == Theme.DARK
                || (chosen == Theme.SYSTEM && Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
        Application.setUserAgentStylesheet(
                useDark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        dark.set(useDark);
    }
}
