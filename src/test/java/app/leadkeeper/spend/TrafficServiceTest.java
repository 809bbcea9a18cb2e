package app.leadkeeper.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.UserException;
import app.leadkeeper.metrics.ReportPeriod;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traffic figures on a real H2 file database with the real migrations. */
class TrafficServiceTest {
    @TempDir
    Path dir;

    AppContext app;
    TrafficService traffic;
    long google;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        traffic = app.traffic();
        traffic.addListener(changes::incrementAndGet);
        google = app.channels().find("Google Ads").orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aRowIsAddedEditedAndDeleted() {
        TrafficEntry added = traffic.add(row("2026-11-01", "2026-11-30", google, " /pricing ", 1200L, 300L, 45000L));
        assertThat(added.channelName()).isEqualTo("Google Ads");
        assertThat(added.landingPage()).isEqualTo("/pricing");
        assertThat(added.visits()).isEqualTo(1200L);

        TrafficEntry edited = traffic.update(added.id(), row("2026-11-01", "2026-11-15", google, "", null, 10L, null));
        assertThat(edited.landingPage()).isNull();
        assertThat(edited.visits()).isNull();
        assertThat(edited.clicks()).isEqualTo(10L);
        assertThat(traffic.list(null, null)).containsExactly(edited);

        traffic.delete(added.id());
        assertThat(traffic.list(null, null)).isEmpty();
        assertThat(changes).hasValue(3);
        assertThatThrownBy(() -> traffic.delete(added.id())).isInstanceOf(UserException.class);
    }

    @Test
    void badInputIsRefusedWithMessagesNamingTheField() {
        assertThat(row("2026-11-10", "2026-11-01", null, "x".repeat(2001), -1L, -2L, -3L)
                        .problems())
                .containsOnlyKeys(
                        TrafficField.END,
                        TrafficField.CHANNEL,
                        TrafficField.LANDING_PAGE,
                        TrafficField.VISITS,
                        TrafficField.CLICKS,
                        TrafficField.IMPRESSIONS)
                .containsEntry(TrafficField.END, "To: the last day cannot be before the first.")
                .containsEntry(TrafficField.CLICKS, "Clicks: cannot be negative.");
        assertThat(row("2026-11-01", "2026-11-01", google, null, null, null, null)
                        .problems())
                .containsEntry(TrafficField.VISITS, "Visits: enter visits, clicks or impressions.");
        assertThat(new TrafficDraft(null, null, google, null, 1L, null, null).problems())
                .containsKeys(TrafficField.START, TrafficField.END);
        assertThatThrownBy(() -> traffic.add(row("2026-11-10", "2026-11-01", google, null, 1L, null, null)))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("To:");
        assertThatThrownBy(() -> traffic.add(row("2026-11-01", "2026-11-02", 987_654L, null, 1L, null, null)))
                .hasMessageContaining("Channel:");
        assertThat(traffic.list(null, null)).isEmpty();
    }

    @Test
    void theListHoldsRowsOverlappingThePeriodNewestFirst() {
        traffic.add(row("2026-09-01", "2026-09-30", google, "september", 1L, null, null));
        traffic.add(row("2026-09-25", "2026-10-05", google, "across", 1L, null, null));
        traffic.add(row("2026-10-10", "2026-10-10", google, "one day", 1L, null, null));
        long facebook = app.channels().find("Facebook").orElseThrow().id();
        traffic.add(row("2026-10-20", "2026-11-10", facebook, "facebook", 1L, null, null));

        ReportPeriod october = new ReportPeriod(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));
        assertThat(traffic.list(october, null))
                .extracting(TrafficEntry::landingPage)
                .containsExactly("facebook", "one day", "across");
        assertThat(traffic.list(october, google))
                .extracting(TrafficEntry::landingPage)
                .containsExactly("one day", "across");
        assertThat(traffic.list(null, null)).hasSize(4);
    }

    @Test
    void theMetricsCountTheFigures() {
        traffic.add(row("2026-11-01", "2026-11-30", google, null, 500L, 100L, 10000L));
        var totals = app.metrics()
                .metrics(new ReportPeriod(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")))
                .totals();
        assertThat(totals.clicks()).isEqualTo(100);
        assertThat(totals.impressions()).isEqualTo(10000);
    }

    private static TrafficDraft row(
            String start, String end, Long channel, String page, Long visits, Long clicks, Long impressions) {
        return new TrafficDraft(
                LocalDate.parse(start), LocalDate.parse(end), channel, page, visits, clicks, impressions);
    }
}
