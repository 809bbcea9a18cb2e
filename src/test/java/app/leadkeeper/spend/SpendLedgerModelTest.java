package app.leadkeeper.spend;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.UserException;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's presentation model with the current-thread runner on a real database (today: 20 Nov 2026). */
class SpendLedgerModelTest {
    @TempDir
    Path dir;

    AppContext app;
    SpendLedgerModel model;
    final List<Exception> errors = new ArrayList<>();
    final AtomicInteger changes = new AtomicInteger();
    Channel google;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        google = app.channels().find("Google Ads").orElseThrow();
        model = new SpendLedgerModel(app.spend(), app.channels(), TaskRunner.direct(), errors::add, app.clock());
        model.setOnChanged(changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void savedEntriesShowInTheirPeriodWithTheTotalInTheFolderCurrency() {
        Currency.set(app.settings(), "USD");
        model.refresh();
        assertThat(model.entries()).isEmpty();
        assertThat(model.channels()).contains(google);
        assertThat(model.currencyProperty().get()).isEqualTo("USD");

        model.save(null, draft("2026-11-02", "100.25"));
        model.save(null, draft("2026-10-15", "50"));
        assertThat(changes).hasValue(2);
        assertThat(model.entries()).extracting(SpendEntry::amount).containsExactly(new BigDecimal("100.25"));
        assertThat(model.totalProperty().get()).contains("100.25").contains("1 entry");

        model.periodProperty().set(SpendPeriod.ALL_TIME);
        assertThat(model.entries()).hasSize(2);
        assertThat(model.totalProperty().get()).contains("150.25").contains("2 entries");

        SpendEntry october = model.entries().get(1);
        model.delete(october, changes::incrementAndGet);
        assertThat(changes).hasValue(4);
        assertThat(model.entries()).hasSize(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void aRefusedSaveReachesTheErrorHandlerAndChangesNothing() {
        model.save(null, new SpendDraft(LocalDate.parse("2026-11-02"), false, null, null, BigDecimal.TEN, null));
        assertThat(errors).singleElement().isInstanceOf(UserException.class);
        assertThat(errors.getFirst().getMessage()).startsWith("Channel:");
        assertThat(changes).hasValue(0);
        assertThat(app.spend().list(null, null).entries()).isEmpty();
    }

    private SpendDraft draft(String day, String amount) {
        return new SpendDraft(LocalDate.parse(day), false, google.id(), null, new BigDecimal(amount), null);
    }
}
