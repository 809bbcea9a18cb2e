package app.leadkeeper.nurture;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.ui.Badge;
import app.leadkeeper.ui.Module;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Nurture destination: the task lists, the task dialog, the sidebar badge (what needs doing today, late or not),
 * and the reminders while the app runs — a check every half minute, the first right at start.
 */
public final class NurtureModule implements Module {
    /** How often the badge is counted again and the reminders look for tasks that fell due. */
    public static final Duration TICK = Duration.seconds(30);

    private final TaskService tasks;
    private final LeadService leads;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Consumer<Exception> errors;
    private final Clock clock;
    private final Window owner;
    private final Runnable navigate;
    private final NurtureModel model;
    private final Reminders reminders;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
    private final AtomicBoolean changePending = new AtomicBoolean();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ObjectBinding<Badge> badge;
    private volatile boolean stopped;
    private NurtureView view;

    /**
     * @param owner the main window: dialogs and reminder notifications belong to it
     * @param openUri opens a link in the user's programs (a {@code mailto:} link in the mail program)
     * @param openLead shows a lead in the Leads view
     * @param navigate brings this module on screen
     */
    public NurtureModule(
            TaskService tasks,
            LeadService leads,
            TaskRunner runner,
            Notifier notifier,
            Consumer<Exception> errors,
            Clock clock,
            Window owner,
            Consumer<String> openUri,
            LongConsumer openLead,
            Runnable navigate) {
        this.tasks = tasks;
        this.leads = leads;
        this.runner = runner;
        this.notifier = notifier;
        this.errors = errors;
        this.clock = clock;
        this.owner = owner;
        this.navigate = navigate;
        this.model = new NurtureModel(tasks, runner, notifier, errors, clock, openUri, openLead);
        this.reminders = new Reminders(tasks, clock);
        this.badge = Bindings.createObjectBinding(
                () -> badgeOf(model.countsProperty().get()), model.countsProperty());
        ticker.setCycleCount(Timeline.INDEFINITE);
        // Listeners run on the writing thread, often several per action: one read on the FX thread follows.
        tasks.addListener(() -> {
            if (!stopped && changePending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    changePending.set(false);
                    if (!stopped) {
                        model.refreshIfChanged();
                    }
                });
            }
        });
    }

    static Badge badgeOf(TaskCounts counts) {
        long n = counts.needsAttention();
        if (n == 0) {
            return null;
        }
        String description = counts.overdue() + " overdue, " + counts.dueToday() + " due later today";
        return new Badge(n > 99 ? "99+" : Long.toString(n), counts.overdue() > 0, description);
    }

    @Override
    public String title() {
        return "Nurture";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.ALARM;
    }

    @Override
    public ObservableValue<Badge> badge() {
        return badge;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new NurtureView(model, this::newTask, this::edit, this::reschedule);
            model.showLists();
        }
        return view;
    }

    @Override
    public void activate() {
        active.set(true);
        if (view != null) {
            model.refresh();
        }
    }

    @Override
    public void deactivate() {
        active.set(false);
    }

    public NurtureModel model() {
        return model;
    }

    /** Starts the reminders and the badge: one check now, then one every {@link #TICK}. */
    public void start() {
        stopped = false;
        tick();
        ticker.play();
    }

    /** Stops the ticking (the window closes). */
    public void stop() {
        stopped = true;
        ticker.stop();
    }

    /** One check: the counts (and, on screen, the lists) read again, and what fell due announced. */
    public void tick() {
        if (stopped) {
            return;
        }
        model.refresh();
        runner.run(reminders::check)
                .onSuccess(reminder -> reminder.ifPresent(this::announce))
                .onError(e -> Log.error("The reminder check failed", e))
                .start();
    }

    private void announce(Reminder reminder) {
        if (stopped) {
            return;
        }
        if (reminder.kind() == Reminder.Kind.OVERDUE_AT_START) {
            notifier.show(reminder.text(), "Show", () -> showList(TaskList.OVERDUE, Set.of()));
            return;
        }
        // What fell due since the last look stands in Overdue now.
        Set<Long> ids =
                Set.copyOf(reminder.tasks().stream().map(NurtureTask::id).toList());
        FontIcon icon = new FontIcon(Material2OutlinedAL.ALARM);
        icon.getStyleClass().add("reminder-icon");
        Notifications.create()
                .owner(owner)
                .title(reminder.title())
                .text(reminder.text())
                .graphic(icon)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(20))
                .styleClass("lk-reminder")
                .onAction(e -> showList(TaskList.OVERDUE, ids))
                .show();
    }

    /** Brings the view up on a list, with the given tasks selected. */
    public void showList(TaskList list, Set<Long> select) {
        navigate.run();
        model.show(list, select);
    }

    /** A new task; the user picks the lead in the dialog. */
    public void newTask() {
        open(TaskFormModel.forNewTask(leads, runner, errors, clock), null);
    }

    /**
     * A new task for a lead the user has in front of them (the Leads view calls this): the dialog shows the lead
     * instead of asking for it, saves in the background, and says "Task added" with a way to show it.
     */
    public void newTaskFor(long leadId, String leadName) {
        LeadChoice lead = new LeadChoice(leadId, leadName, null, null);
        open(TaskFormModel.forLead(lead, leads, runner, errors, clock), null);
    }

    private void edit(NurtureTask task) {
        open(TaskFormModel.forTask(task, leads, runner, errors, clock), task.id());
    }

    private void open(TaskFormModel form, Long id) {
        new TaskDialog(form, owner).show(draft -> model.save(id, draft, navigate));
    }

    /** Asks for a new due day and time for the selected open tasks. */
    private void reschedule() {
        List<NurtureTask> open =
                model.selection().stream().filter(t -> !t.isDone()).toList();
        if (!open.isEmpty()) {
            new RescheduleDialog(open, clock.getZone(), owner).show(due -> model.reschedule(due.toOffsetDateTime()));
        }
    }

    @Override
    public List<MenuItem> menuItems() {
        BooleanBinding open = active.and(model.anyOpenSelected());
        MenuItem add = item(
                "New task…",
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::newTask);
        MenuItem complete =
                item("Complete", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), model::complete);
        complete.disableProperty().bind(open.not());
        List<MenuItem> snoozes = new java.util.ArrayList<>();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (Snooze choice : Snooze.values()) {
            MenuItem snooze = item(
                    "Snooze " + choice.label().toLowerCase(),
                    new KeyCodeCombination(
                            digits[choice.ordinal()], KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    () -> model.snooze(choice));
            snooze.disableProperty().bind(open.not());
            snoozes.add(snooze);
        }
        MenuItem reschedule = item("Reschedule…", null, this::reschedule);
        reschedule.disableProperty().bind(open.not());
        MenuItem compose = item("Compose email", null, model::compose);
        compose.disableProperty().bind(active.and(model.canCompose()).not());
        MenuItem lead = item("Open lead", null, model::openLead);
        lead.disableProperty().bind(active.and(model.singleSelected()).not());
        // Delete is the table's own key: a second Delete accelerator would take the key from the Leads view.
        MenuItem delete = item("Delete\tDelete", null, model::delete);
        delete.disableProperty().bind(active.and(model.hasSelection()).not());
        List<MenuItem> items = new java.util.ArrayList<>(List.of(add, new SeparatorMenuItem(), complete));
        items.addAll(snoozes);
        items.addAll(List.of(reschedule, compose, lead, new SeparatorMenuItem(), delete));
        return items;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
