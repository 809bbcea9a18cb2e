package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.testing.TempApp;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DueTextTest {
    /** Friday 20 November 2026, 11:15:30 in Berlin. */
    static final ZonedDateTime NOW = ZonedDateTime.now(TempApp.CLOCK);

    Locale before;

    @BeforeEach
    void british() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void nearDaysInWordsOthersWithWeekdayInTheComputersZone() {
        assertThat(DueText.of(at("2026-11-20T13:00:00Z"), NOW)).isEqualTo("Today 14:00");
        assertThat(DueText.of(at("2026-11-21T08:00:00Z"), NOW)).isEqualTo("Tomorrow 09:00");
        assertThat(DueText.of(at("2026-11-19T16:00:00Z"), NOW)).isEqualTo("Yesterday 17:00");
        assertThat(DueText.of(at("2026-11-30T08:00:00Z"), NOW)).isEqualTo("Mon 30 Nov 09:00");
        assertThat(DueText.of(at("2027-01-06T08:00:00Z"), NOW)).isEqualTo("Wed 6 Jan 2027 09:00");
        // 23:30 UTC on the 20th is already the 21st in Berlin.
        assertThat(DueText.of(at("2026-11-20T23:30:00Z"), NOW)).isEqualTo("Tomorrow 00:30");
    }

    @Test
    void latenessInMinutesHoursThenCalendarDays() {
        assertThat(DueText.late(at("2026-11-20T10:30:00Z"), NOW)).isEmpty();
        assertThat(DueText.late(at("2026-11-20T10:15:30Z"), NOW)).isEmpty();
        assertThat(DueText.late(at("2026-11-20T10:15:00Z"), NOW)).isEqualTo("1 min late");
        assertThat(DueText.late(at("2026-11-20T09:50:00Z"), NOW)).isEqualTo("25 min late");
        assertThat(DueText.late(at("2026-11-20T08:00:00Z"), NOW)).isEqualTo("2 h late");
        assertThat(DueText.late(at("2026-11-19T16:00:00Z"), NOW)).isEqualTo("18 h late");
        assertThat(DueText.late(at("2026-11-19T08:00:00Z"), NOW)).isEqualTo("1 day late");
        assertThat(DueText.late(at("2026-11-18T08:00:00Z"), NOW)).isEqualTo("2 days late");
    }

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }
}
