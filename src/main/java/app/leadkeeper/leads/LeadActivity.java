package app.leadkeeper.leads;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * What the nurture feature adds to the Leads view: the detail pane's Timeline tab, the touch count of the lead it
 * shows, and actions on chosen leads (log a touch, start a cadence). Nurture depends on leads, so leads knows only
 * this interface; the main window hands in the implementation.
 */
public interface LeadActivity {

    /** The Timeline tab's content, built once. {@code newTask} asks for a new task on the lead shown. */
    Node timeline(Consumer<LeadRef> newTask);

    /** Shows this lead's activity; null while the detail pane holds no saved lead. */
    void show(LeadRef lead);

    /** The touch count of the lead shown; -1 while unknown or when none is shown. */
    ReadOnlyIntegerProperty touchesProperty();

    /**
     * Fresh menu items (a menu item lives in one menu only) acting on the leads {@code chosen} gives when one is
     * picked: "Log touch ▸ kind" and "Start cadence…".
     */
    List<MenuItem> actions(Supplier<List<LeadRef>> chosen);
}
