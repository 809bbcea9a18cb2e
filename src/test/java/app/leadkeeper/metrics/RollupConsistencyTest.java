package app.leadkeeper.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageKind;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roll-up kept by the trigger agrees with one rebuilt from the lead table, after a seeded random run of creates,
 * edits (channel, created time, qualification), wins, deletes and restores; and it survives closing and reopening
 * the folder, and a change of time zone.
 */
class RollupConsistencyTest {
    @TempDir
    Path dir;

    private final MutableClock clock =
            new MutableClock(Instant.parse("2026-06-15T12:00:00Z"), ZoneId.of("America/New_York"));
    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), clock);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theTriggerKeptRollUpEqualsARebuild() {
        Random random = new Random(7);
        List<Channel> channels = app.channels().all();
        Stage won = app.stages().stages().stream()
                .filter(s -> s.kind() == StageKind.WON)
                .findFirst()
                .orElseThrow();
        List<Lead> alive = new ArrayList<>();
        List<Lead> deleted = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            int action = alive.isEmpty() ? 0 : random.nextInt(10);
            if (action < 4) {
                alive.add(app.leads()
                        .create(LeadData.builder()
                                .fullName("Lead " + step)
                                .email("lead" + step + "@example.com")
                                .channelId(
                                        random.nextInt(5) == 0
                                                ? null
                                                : channels.get(random.nextInt(channels.size()))
                                                        .id())
                                .qualification(Qualification.values()[random.nextInt(4)])
                                .dealValue(random.nextBoolean() ? new BigDecimal(random.nextInt(5000)) : null)
                                .createdAt(time(random))
                                .build()));
            } else if (action < 6) {
                int i = random.nextInt(alive.size());
                Lead lead = app.leads().find(alive.get(i).id()).orElseThrow();
                LeadData.Builder edit = lead.data().toBuilder();
                switch (random.nextInt(3)) {
                    case 0 ->
                        edit.channelId(
                                channels.get(random.nextInt(channels.size())).id());
                    case 1 -> edit.createdAt(time(random));
                    default -> edit.qualification(Qualification.values()[random.nextInt(4)]);
                }
                alive.set(i, app.leads().update(lead.id(), edit.build()));
            } else if (action < 8) {
                Lead lead = alive.get(random.nextInt(alive.size()));
                OffsetDateTime at = lead.data().created().at().plusDays(random.nextInt(90));
                app.leads()
                        .moveToStage(lead.id(), won.id(), StageOutcome.won(at, new BigDecimal(random.nextInt(9000))));
            } else if (action < 9) {
                Lead lead = alive.remove(random.nextInt(alive.size()));
                deleted.add(app.leads().delete(lead.id()).orElseThrow());
            } else if (!deleted.isEmpty()) {
                Lead lead = deleted.removeLast();
                app.leads().restore(List.of(lead));
                alive.add(lead);
            }
        }
        List<ChannelMetrics> kept = months();
        app.metrics().install("forced rebuild");
        List<ChannelMetrics> rebuilt = months();
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).rows())
                    .as(kept.get(i).period().label())
                    .containsExactlyInAnyOrderElementsOf(rebuilt.get(i).rows());
            assertThat(kept.get(i).totals()).isEqualTo(rebuilt.get(i).totals());
        }
        assertThat(kept.stream().mapToLong(m -> m.totals().leads()).sum()).isEqualTo(alive.size());
        assertThat(kept.stream().mapToLong(m -> m.totals().customers()).sum()).isPositive();
    }

    @Test
    void reopeningKeepsTheRollUpAndANewZoneRebuildsIt() {
        Channel channel = app.channels().all().getFirst();
        // 03:30 UTC on 1 March: 28 February in New York, 1 March in Berlin.
        app.leads()
                .create(LeadData.builder()
                        .fullName("Late")
                        .email("late@example.com")
                        .channelId(channel.id())
                        .createdAt(OffsetDateTime.parse("2026-03-01T03:30:00Z"))
                        .build());
        ReportPeriod february = new ReportPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"));
        assertThat(app.metrics().metrics(february).totals().leads()).isEqualTo(1);
        app.close();
        app = AppContext.open(new DataFolder(dir), clock);
        assertThat(app.metrics().metrics(february).totals().leads()).isEqualTo(1);
        app.close();
        app = AppContext.open(
                new DataFolder(dir),
                new MutableClock(Instant.parse("2026-06-15T12:00:00Z"), ZoneId.of("Europe/Berlin")));
        assertThat(app.metrics().metrics(february).totals().leads()).isZero();
        ReportPeriod march = new ReportPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        assertThat(app.metrics().metrics(march).totals().leads()).isEqualTo(1);
    }

    private List<ChannelMetrics> months() {
        List<ChannelMetrics> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 10); !m.isAfter(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
            out.add(app.metrics().metrics(new ReportPeriod(m.atDay(1), m.atEndOfMonth())));
        }
        return out;
    }

    private static OffsetDateTime time(Random random) {
        return OffsetDateTime.parse("2025-10-01T00:00:00Z").plusMinutes(random.nextInt(60 * 24 * 300));
    }
}
