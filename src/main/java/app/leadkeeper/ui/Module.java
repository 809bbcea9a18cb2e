package app.leadkeeper.ui;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;

/** A destination of the navigation: a feature's view with its title, icon and menu entries. */
public interface Module {
    String title();

    Ikon icon();

    /** The view, built on first call and kept. */
    Node view();

    /** The feature's own menu entries (with their shortcuts), shown in a menu named after the module. */
    default List<MenuItem> menuItems() {
        return List.of();
    }

    /** A count shown on the module's navigation entry, or null (the default) for none; a null value hides it. */
    default ObservableValue<Badge> badge() {
        return null;
    }

    /** Called when the module becomes the visible one. */
    default void activate() {}

    default void deactivate() {}
}
