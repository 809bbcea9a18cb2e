package app.leadkeeper.leads;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.funnel.StageService;
import app.leadkeeper.ui.Module;
import app.leadkeeper.ui.Notifier;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The Leads destination: table, filters and editor, and the menu entries that drive them. */
public final class LeadsModule implements Module {
    private final LeadsModel model;
    private final LeadEditorModel editor;
    private final ZoneId zone;
    private final Runnable loadDemo;
    private final Runnable openImport;
    private LeadsView view;

    public LeadsModule(
            LeadService leads,
            ChannelService channels,
            StageService stages,
            TaskRunner tasks,
            Notifier notifier,
            Consumer<Exception> errors,
            ZoneId zone,
            Runnable loadDemo,
            Runnable openImport) {
        this.model = new LeadsModel(leads, channels, stages, tasks, notifier, errors);
        this.editor = new LeadEditorModel(leads, stages, model.channelChoices(), tasks, errors, zone);
        this.zone = zone;
        this.loadDemo = loadDemo;
        this.openImport = openImport;
        editor.setOnSaved(saved -> {
            model.refresh();
            model.reloadChoices();
        });
    }

    @Override
    public String title() {
        return "Leads";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.CONTACTS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new LeadsView(model, editor, zone, loadDemo, openImport);
            model.start();
        }
        return view;
    }

    public LeadsModel model() {
        return model;
    }

    /** Opens a lead in the editor beside the table (another view asked; the caller navigates here). */
    public void showLead(long id) {
        view();
        editor.edit(id);
    }

    @Override
    public List<MenuItem> menuItems() {
        MenuItem add = item(
                "New lead",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> leadsView().newLead());
        MenuItem open =
                item("Open selected lead\tEnter", null, () -> leadsView().openSelected());
        MenuItem delete = item(
                "Delete selected leads",
                new KeyCodeCombination(KeyCode.DELETE),
                () -> leadsView().deleteSelected());
        MenuItem undo =
                item("Undo delete", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undoDelete);
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem find = item(
                "Find…",
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> leadsView().focusSearch());
        MenuItem clear = item("Clear filters", null, model::clearFilters);
        MenuItem first = item(
                "First page", new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN), model::firstPage);
        MenuItem previous = item(
                "Previous page",
                new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN),
                model::previousPage);
        MenuItem next = item(
                "Next page", new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), model::nextPage);
        MenuItem last =
                item("Last page", new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN), model::lastPage);
        MenuItem refresh = item("Refresh", new KeyCodeCombination(KeyCode.F5), model::refresh);
        List<MenuItem> items = new java.util.ArrayList<>(List.of(
                add,
                open,
                delete,
                undo,
                new SeparatorMenuItem(),
                find,
                clear,
                new SeparatorMenuItem(),
                first,
                previous,
                next,
                last,
                refresh));
        if (loadDemo != null) {
            items.add(new SeparatorMenuItem());
            items.add(item("Add 1,000 demo leads", null, loadDemo));
        }
        return items;
    }

    private LeadsView leadsView() {
        return (LeadsView) view();
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
