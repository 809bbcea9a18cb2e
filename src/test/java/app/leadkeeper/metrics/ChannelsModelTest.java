package app.leadkeeper.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.TaskSpec;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Channels view's model on a real database, with a runner that holds each task until the test runs it: when the
 * period changes faster than the figures come, the newest request's answer is the one shown, whatever order the
 * answers arrive in. The test clock says 20 Nov 2026.
 */
class ChannelsModelTest {
    @TempDir
    Path dir;

    private AppContext app;
    private final HeldRunner runner = new HeldRunner();
    private final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        long google = app.channels().find("Google Ads").orElseThrow().id();
        for (String created :
                List.of("2026-11-03T10:00:00+01:00", "2026-11-04T10:00:00+01:00", "2026-06-10T10:00:00+02:00")) {
            app.leads()
                    .create(LeadData.builder()
                            .fullName("Lead " + created)
                            .email(created.substring(0, 10) + "@example.com")
                            .channelId(google)
                            .createdAt(OffsetDateTime.parse(created))
                            .build());
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theNewestPeriodsAnswerWinsWhateverOrderTheAnswersCome() {
        ChannelsModel model = new ChannelsModel(app.metrics(), runner, errors::add);
        model.reload(); // the last 12 months, as the view asks when first shown
        model.presetProperty().set(PeriodPreset.THIS_MONTH);
        assertThat(runner.held).hasSize(2);
        assertThat(model.loadingProperty().get()).isTrue();

        runner.run(1); // this month's answer comes first…
        assertThat(model.snapshotProperty().get().metrics().totals().leads()).isEqualTo(2);
        assertThat(model.loadingProperty().get()).isFalse();
        runner.run(0); // …and the older question's answer, coming late, is dropped
        assertThat(model.snapshotProperty().get().metrics().period())
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(model.snapshotProperty().get().metrics().totals().leads()).isEqualTo(2);
        assertThat(errors).isEmpty();
    }

    @Test
    void customDatesStartAtTheShownPeriodAndReversedOnesAskNothing() {
        ChannelsModel model = new ChannelsModel(app.metrics(), runner, errors::add);
        model.presetProperty().set(PeriodPreset.LAST_MONTH);
        runner.runAll();
        model.presetProperty().set(PeriodPreset.CUSTOM);
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(runner.held).isEmpty(); // the same period: nothing to read again

        model.toProperty().set(LocalDate.of(2026, 9, 30));
        assertThat(model.problemProperty().get()).contains("ends before it starts");
        assertThat(model.periodProperty().get().to()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(runner.held).isEmpty();

        model.fromProperty().set(LocalDate.of(2026, 1, 1));
        assertThat(model.problemProperty().get()).isNull();
        runner.runAll();
        assertThat(model.snapshotProperty().get().metrics().totals().leads()).isEqualTo(1);
        assertThat(model.snapshotProperty().get().byMonth().months()).hasSize(9);
    }

    @Test
    void theForecastSaysWhenThereIsTooLittleDataAndAsksAgainWhenTheInputsChange() {
        ForecastModel model = new ForecastModel(app.metrics(), runner, errors::add);
        model.customersProperty().set(5);
        assertThat(runner.held).as("nothing is asked before the tab shows").isEmpty();
        model.reload();
        runner.runAll();
        assertThat(model.forecastProperty().get().problem()).startsWith("Too little data to forecast");
        assertThat(model.questionProperty().get()).startsWith("5 customers in December 2026");

        model.targetProperty().set(ForecastTarget.DAYS);
        model.daysProperty().set(45);
        runner.runAll();
        assertThat(model.forecastProperty().get().days()).isEqualTo(45);
        assertThat(model.questionProperty().get()).startsWith("5 customers in the next 45 days");
    }

    /** Holds tasks until the test runs them, in any order, on the test's thread. */
    private static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> Task<T> run(java.util.concurrent.Callable<T> work) {
            return new TaskSpec<>(work) {
                @Override
                public Cancellable start() {
                    held.add(() -> {
                        try {
                            success().accept(work().call());
                        } catch (Exception e) {
                            error().accept(e);
                        } finally {
                            last().run();
                        }
                    });
                    return () -> {};
                }
            };
        }

        void run(int index) {
            held.get(index).run();
        }

        void runAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }
}
