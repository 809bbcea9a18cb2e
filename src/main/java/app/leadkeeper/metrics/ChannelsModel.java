package app.leadkeeper.metrics;

import app.leadkeeper.core.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Channels view's period and what it shows for it. The figures are read in the background; when the period
 * changes faster than they come, only the newest request's answer is shown (older ones are dropped, not cancelled:
 * interrupting a thread inside H2 can close its file).
 */
public final class ChannelsModel {
    private final MetricsService metrics;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;

    private final ObjectProperty<PeriodPreset> preset = new SimpleObjectProperty<>(PeriodPreset.LAST_12_MONTHS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReportPeriod> period = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ChannelsSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private int generation;

    public ChannelsModel(MetricsService metrics, TaskRunner tasks, Consumer<Exception> errors) {
        this.metrics = metrics;
        this.tasks = tasks;
        this.errors = errors;
        preset.addListener((obs, old, now) -> {
            if (now == PeriodPreset.CUSTOM && (from.get() == null || to.get() == null) && period.get() != null) {
                // The pickers start at the period that was shown, so that "Custom" is a tweak, not a blank.
                from.set(period.get().from());
                to.set(period.get().to());
            }
            choose();
        });
        from.addListener((obs, old, now) -> customChanged());
        to.addListener((obs, old, now) -> customChanged());
        period.set(ReportPeriod.of(preset.get(), metrics.today()));
    }

    public ObjectProperty<PeriodPreset> presetProperty() {
        return preset;
    }

    /** The first day of a custom period. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day of a custom period. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The period shown; stays at the last valid one while the custom dates are incomplete or reversed. */
    public ReadOnlyObjectProperty<ReportPeriod> periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** Why the chosen dates make no period, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The figures of the period; null until the first read is done. */
    public ReadOnlyObjectProperty<ChannelsSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Reads the figures of the period again (the view was shown, or leads or spend changed). */
    public void reload() {
        if (preset.get() != PeriodPreset.CUSTOM) {
            // "This month" moves on with the calendar while the app stays open.
            period.set(ReportPeriod.of(preset.get(), metrics.today()));
        }
        ReportPeriod chosen = period.get();
        int mine = ++generation;
        loading.set(true);
        tasks.run(() -> new ChannelsSnapshot(metrics.metrics(chosen), metrics.leadsByMonth(chosen)))
                .onSuccess(read -> {
                    if (mine == generation) {
                        snapshot.set(read);
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        errors.accept(e);
                    }
                })
                .andFinally(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .start();
    }

    private void customChanged() {
        if (preset.get() == PeriodPreset.CUSTOM) {
            choose();
        }
    }

    private void choose() {
        PeriodPreset chosen = preset.get();
        if (chosen != PeriodPreset.CUSTOM) {
            problem.set(null);
            show(ReportPeriod.of(chosen, metrics.today()));
            return;
        }
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null) {
            problem.set("Choose the first and the last day.");
        } else if (end.isBefore(start)) {
            problem.set("The period ends before it starts: choose a later last day.");
        } else {
            problem.set(null);
            show(new ReportPeriod(start, end));
        }
    }

    private void show(ReportPeriod chosen) {
        if (!chosen.equals(period.get()) || snapshot.get() == null) {
            period.set(chosen);
            reload();
        }
    }
}
