package app.leadkeeper.metrics;

import app.leadkeeper.core.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Forecast tab: "N customers in a target period at the rates of a basis period". Any change of the inputs asks
 * again in the background; the newest question's answer is the one shown.
 */
public final class ForecastModel {
    /** The basis periods offered: ones that have passed (a current year would count its future days as quiet). */
    public static final List<PeriodPreset> BASES = List.of(
            PeriodPreset.LAST_MONTH, PeriodPreset.LAST_QUARTER, PeriodPreset.LAST_12_MONTHS, PeriodPreset.LAST_YEAR);

    private final MetricsService metrics;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final IntegerProperty customers = new SimpleIntegerProperty(10);
    private final ObjectProperty<ForecastTarget> target = new SimpleObjectProperty<>(ForecastTarget.NEXT_MONTH);
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final ObjectProperty<PeriodPreset> basis = new SimpleObjectProperty<>(PeriodPreset.LAST_12_MONTHS);
    private final ReadOnlyObjectWrapper<Forecast> forecast = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> question = new ReadOnlyObjectWrapper<>();
    private boolean wanted;
    private int generation;

    public ForecastModel(MetricsService metrics, TaskRunner tasks, Consumer<Exception> errors) {
        this.metrics = metrics;
        this.tasks = tasks;
        this.errors = errors;
        customers.addListener((obs, old, now) -> changed());
        target.addListener((obs, old, now) -> changed());
        days.addListener((obs, old, now) -> changed());
        basis.addListener((obs, old, now) -> changed());
    }

    public IntegerProperty customersProperty() {
        return customers;
    }

    public ObjectProperty<ForecastTarget> targetProperty() {
        return target;
    }

    /** The days of a {@link ForecastTarget#DAYS} target. */
    public IntegerProperty daysProperty() {
        return days;
    }

    public ObjectProperty<PeriodPreset> basisProperty() {
        return basis;
    }

    /** The answer; null until the first one came. */
    public ReadOnlyObjectProperty<Forecast> forecastProperty() {
        return forecast.getReadOnlyProperty();
    }

    /** The question the answer belongs to, in words: "10 customers in December 2026, at the rates of …". */
    public ReadOnlyObjectProperty<String> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** Asks again (the tab was shown, or the data changed); from then on input changes ask at once. */
    public void reload() {
        wanted = true;
        int mine = ++generation;
        int n = Math.max(1, customers.get());
        ForecastTarget when = target.get();
        java.time.LocalDate today = metrics.today();
        long length = when.days(today, days.get());
        ReportPeriod rates = ReportPeriod.of(basis.get(), today);
        String asked = String.format(
                "%,d %s in %s, at each channel's rates of %s (%s)",
                n,
                n == 1 ? "customer" : "customers",
                when.describe(today, days.get()),
                basis.get().label().toLowerCase(java.util.Locale.ROOT),
                rates.label());
        tasks.run(() -> metrics.forecast(n, length, rates))
                .onSuccess(answer -> {
                    if (mine == generation) {
                        question.set(asked);
                        forecast.set(answer);
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        errors.accept(e);
                    }
                })
                .start();
    }

    private void changed() {
        if (wanted) {
            reload();
        }
    }
}
