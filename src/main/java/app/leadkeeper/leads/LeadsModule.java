package app.leadkeeper.leads;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.funnel.StageService;
import app.leadkeeper.ui.Module;
import app.leadkeeper.ui.Notifier;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
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
    private final Notifier notifier;
    private final LeadActivity activity;
    private final LeadScoring scoring;
    private final Consumer<LeadRef> newTask;
    private LeadsView view;
    private LeadExport export;
    private LeadPrivacy privacy;

    /**
     * @param activity what nurture adds: the detail pane's Timeline tab, and logging touches and starting cadences
     *     on the selected leads
     * @param scoring what scoring adds: the detail pane's Score tab, the score column, the hint beside the
     *     qualification
     * @param newTask asks for a new task on a lead (id, name): Ctrl+T, the table's menu and the Timeline tab
     */
    public LeadsModule(
            LeadService leads,
            ChannelService channels,
            StageService stages,
            TaskRunner tasks,
            Notifier notifier,
            Consumer<Exception> errors,
            ZoneId zone,
            Runnable loadDemo,
            Runnable openImport,
            LeadActivity activity,
            LeadScoring scoring,
            BiConsumer<Long, String> newTask) {
        this.model = new LeadsModel(leads, channels, stages, tasks, notifier, errors);
        this.editor = new LeadEditorModel(leads, stages, model.channelChoices(), tasks, errors, zone);
        this.zone = zone;
        this.loadDemo = loadDemo;
        this.openImport = openImport;
        this.notifier = notifier;
        this.activity = activity;
        this.scoring = scoring;
        this.newTask = lead -> newTask.accept(lead.id(), lead.name());
        editor.setOnSaved(saved -> {
            model.refresh();
            model.reloadChoices();
        });
        // The Timeline tab follows the lead in the detail pane (a saved one: a new lead has no history yet).
        editor.editingProperty().addListener((obs, old, lead) -> activity.show(lead == null ? null : LeadRef.of(lead)));
        // So does the Score tab, read again after every save; when the score moves the qualification, the form
        // and the table follow.
        editor.editingProperty().addListener((obs, old, lead) -> scoring.show(lead));
        scoring.onLeadChanged(id -> {
            editor.reload(id);
            model.reloadPage();
        });
    }

    /** Scores changed in bulk (a rescore, rules saved, a qualification set to follow its score). Call on the FX thread. */
    public void scoresChanged() {
        if (view != null) {
            model.refresh();
        }
    }

    /**
     * Touches were logged or removed somewhere (a completed task logs one too): the touch counts on screen are read
     * again. Call on the FX thread.
     */
    public void touchesChanged() {
        if (view != null) {
            model.reloadPage();
        }
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
            view = new LeadsView(model, editor, zone, loadDemo, openImport, activity, scoring, newTask);
            if (export != null) {
                view.setExport(this::exportView);
            }
            if (privacy != null) {
                view.setPrivacy(privacy, this::erased);
            }
            model.start();
        }
        return view;
    }

    /** Adds "Export this view…" (Ctrl+E) to the view and its menu; call before the menus are built. */
    public void setExport(LeadExport export) {
        this.export = export;
        if (view != null) {
            view.setExport(this::exportView);
        }
    }

    /**
     * Adds "Export this person's data…" and "Erase this person…" to the view, its menus and the Leads menu; call
     * before the menus are built and the view is shown.
     */
    public void setPrivacy(LeadPrivacy privacy) {
        this.privacy = privacy;
    }

    /** A person was erased: off the detail pane, out of the table and the tag choices. */
    private void erased(long id) {
        Lead shown = editor.editingProperty().get();
        if (shown != null && shown.id() == id) {
            editor.close();
        }
        model.refresh();
        model.reloadChoices();
    }

    private void onePerson(java.util.function.Consumer<LeadRef> action) {
        leadsView().onePerson().ifPresentOrElse(action, () -> notifier.show("Select one lead"));
    }

    private void exportView() {
        if (export != null) {
            export.exportView(
                    model.filter(),
                    model.sortProperty().get(),
                    leadsView().visibleColumnIds(),
                    model.totalProperty().get());
        }
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
        MenuItem task = item(
                "New task for selected lead…",
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                this::newTaskForSelection);
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
        List<MenuItem> items =
                new java.util.ArrayList<>(List.of(add, open, delete, undo, new SeparatorMenuItem(), task));
        items.addAll(activity.actions(() -> leadsView().selectedLeads()));
        if (export != null) {
            items.add(new SeparatorMenuItem());
            items.add(item(
                    "Export this view…",
                    new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                    this::exportView));
        }
        if (privacy != null) {
            items.add(new SeparatorMenuItem());
            items.add(item("Export this person's data…", null, () -> onePerson(privacy::exportPerson)));
            items.add(item(
                    "Erase this person…", null, () -> onePerson(lead -> privacy.erase(lead, () -> erased(lead.id())))));
        }
        items.addAll(List.of(
                new SeparatorMenuItem(), find, clear, new SeparatorMenuItem(), first, previous, next, last, refresh));
        if (loadDemo != null) {
            items.add(new SeparatorMenuItem());
            items.add(item("Add 1,000 demo leads", null, loadDemo));
        }
        return items;
    }

    private void newTaskForSelection() {
        if (!leadsView().newTaskForSelection()) {
            notifier.show("Select one lead to add a task to");
        }
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
