package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Step due times and snoozes on the local calendar: month ends, leap years, daylight-saving changes. */
class CadenceScheduleTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ZonedDateTime at(String local, ZoneId zone) {
        return java.time.LocalDateTime.parse(local).atZone(zone);
    }

    @Test
    void dayZeroIsDueWhenTheCadenceStarts() {
        ZonedDateTime start = at("2026-11-20T15:42:10", BERLIN);
        assertThat(CadenceSchedule.dueAt(start, 0)).isEqualTo(start);
    }

    @Test
    void laterDaysAreDueAtNineOnTheirCalendarDay() {
        ZonedDateTime start = at("2026-11-20T15:42:10", BERLIN);
        assertThat(CadenceSchedule.dueAt(start, 3)).isEqualTo(at("2026-11-23T09:00", BERLIN));
    }

    @Test
    void monthEndsRollOverAsACalendarDoes() {
        assertThat(CadenceSchedule.dueAt(at("2026-01-31T18:00", BERLIN), 1)).isEqualTo(at("2026-02-01T09:00", BERLIN));
        assertThat(CadenceSchedule.dueAt(at("2026-01-30T08:00", BERLIN), 30)).isEqualTo(at("2026-03-01T09:00", BERLIN));
        assertThat(CadenceSchedule.dueAt(at("2028-02-28T08:00", BERLIN), 1)).isEqualTo(at("2028-02-29T09:00", BERLIN));
        assertThat(CadenceSchedule.dueAt(at("2026-12-31T23:30", BERLIN), 1)).isEqualTo(at("2027-01-01T09:00", BERLIN));
    }

    @Test
    void nineStaysNineAcrossDaylightSavingChanges() {
        // Berlin springs forward on 29 March 2026 and falls back on 25 October 2026.
        ZonedDateTime spring = CadenceSchedule.dueAt(at("2026-03-28T10:00", BERLIN), 1);
        assertThat(spring.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-03-29T09:00"));
        assertThat(spring.getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        ZonedDateTime autumn = CadenceSchedule.dueAt(at("2026-10-24T10:00", BERLIN), 1);
        assertThat(autumn.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-10-25T09:00"));
        assertThat(autumn.getOffset().getTotalSeconds()).isEqualTo(3600);
        // A week across the change is 7 calendar days, not 168 hours.
        ZonedDateTime week = CadenceSchedule.dueAt(at("2026-03-05T09:00", NEW_YORK), 7);
        assertThat(week.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-03-12T09:00"));
        assertThat(java.time.Duration.between(at("2026-03-05T09:00", NEW_YORK), week)
                        .toHours())
                .isEqualTo(7 * 24 - 1);
    }

    @Test
    void snoozeAnHourIsSixtyMinutesEvenAcrossTheChange() {
        // 02:30 does not exist on 29 March 2026 in Berlin: an hour after 01:30 is 03:30 local.
        ZonedDateTime now = at("2026-03-29T01:30", BERLIN);
        ZonedDateTime later = Snooze.ONE_HOUR.from(now);
        assertThat(java.time.Duration.between(now, later).toMinutes()).isEqualTo(60);
        assertThat(later.toLocalTime()).isEqualTo(java.time.LocalTime.of(3, 30));
    }

    @Test
    void snoozeTomorrowAndNextWeekLandAtNine() {
        ZonedDateTime friday = at("2026-11-20T16:00", BERLIN);
        assertThat(Snooze.TOMORROW.from(friday)).isEqualTo(at("2026-11-21T09:00", BERLIN));
        assertThat(Snooze.NEXT_WEEK.from(friday)).isEqualTo(at("2026-11-23T09:00", BERLIN));
        ZonedDateTime monday = at("2026-11-23T08:00", BERLIN);
        assertThat(Snooze.NEXT_WEEK.from(monday)).isEqualTo(at("2026-11-30T09:00", BERLIN));
        ZonedDateTime lastOfOctober = at("2026-10-24T20:00", BERLIN);
        assertThat(Snooze.TOMORROW.from(lastOfOctober).getOffset().getTotalSeconds())
                .isEqualTo(3600);
    }
}
