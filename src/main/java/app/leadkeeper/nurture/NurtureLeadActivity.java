package app.leadkeeper.nurture;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.LeadActivity;
import app.leadkeeper.leads.LeadRef;
import app.leadkeeper.ui.FxCoalesce;
import app.leadkeeper.ui.Notifier;
import app.leadkeeper.ui.ProgressDialog;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Nurture in the Leads view (see {@link LeadActivity}): the Timeline tab of the detail pane, and "Log touch ▸" and
 * "Start cadence…" for the leads chosen in the table. The timeline follows touches and tasks changed anywhere.
 */
public final class NurtureLeadActivity implements LeadActivity {
    /** A start that takes longer than this shows its progress (and Cancel); a quick one does not flash a window. */
    private static final Duration PROGRESS_AFTER = Duration.millis(400);

    private final LeadActivityModel model;
    private final Notifier notifier;
    private final Supplier<Window> owner;
    private LeadTimelineView view;

    public NurtureLeadActivity(
            TouchService touches,
            TaskService tasks,
            CadenceService cadences,
            TaskRunner runner,
            Notifier notifier,
            Consumer<Exception> errors,
            Clock clock,
            Supplier<Window> owner) {
        this.model = new LeadActivityModel(touches, tasks, cadences, runner, notifier, errors, clock);
        this.notifier = notifier;
        this.owner = owner;
        Runnable changed = FxCoalesce.of(model::refresh);
        touches.addListener(changed);
        tasks.addListener(changed);
    }

    @Override
    public Node timeline(Consumer<LeadRef> newTask) {
        if (view == null) {
            view = new LeadTimelineView(model, newTask, () -> {
                LeadRef lead = model.leadProperty().get();
                startCadence(lead == null ? List.of() : List.of(lead));
            });
        }
        return view;
    }

    @Override
    public void show(LeadRef lead) {
        model.show(lead);
    }

    @Override
    public ReadOnlyIntegerProperty touchesProperty() {
        return model.touchCountProperty();
    }

    @Override
    public List<MenuItem> actions(Supplier<List<LeadRef>> chosen) {
        Menu log = new Menu("Log touch", new FontIcon(Material2OutlinedAL.ADD_COMMENT));
        log.setId("menu-log-touch");
        for (TouchKind kind : TouchKind.values()) {
            MenuItem item = new MenuItem(kind.label(), new FontIcon(TimelineIcons.of(kind)));
            item.setId("quick-touch-" + LeadTimelineView.key(kind));
            item.setOnAction(e -> model.logTouches(chosen.get(), kind));
            log.getItems().add(item);
        }
        MenuItem cadence = new MenuItem("Start cadence…", new FontIcon(Material2OutlinedMZ.PLAYLIST_PLAY));
        cadence.setId("start-cadence");
        cadence.setOnAction(e -> startCadence(chosen.get()));
        return List.of(log, cadence);
    }

    /** Asks which cadence, then starts it on the leads in the background. */
    public void startCadence(List<LeadRef> leads) {
        if (leads.isEmpty()) {
            notifier.show("Select one or more leads first");
            return;
        }
        model.loadCadences(all -> {
            if (all.isEmpty()) {
                notifier.show("There are no cadences yet: add one in Settings");
                return;
            }
            CadencePicker.ask(owner.get(), all, leads).ifPresent(cadence -> start(cadence, leads));
        });
    }

    private void start(Cadence cadence, List<LeadRef> leads) {
        Progress progress = new Progress();
        ProgressDialog dialog = new ProgressDialog(owner.get(), "Starting “" + cadence.name() + "”", progress);
        PauseTransition delay = new PauseTransition(PROGRESS_AFTER);
        delay.setOnFinished(e -> dialog.show());
        delay.play();
        model.startCadence(cadence, leads, progress, () -> {
            delay.stop();
            dialog.close();
        });
    }
}
