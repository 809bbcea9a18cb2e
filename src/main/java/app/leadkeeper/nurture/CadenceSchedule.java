package app.leadkeeper.nurture;

import java.time.ZonedDateTime;

/**
 * When a cadence step falls due. Day 0 is due at once (the moment the cadence starts); day N at the start of the
 * working day N calendar days later, on the local calendar: across a month end the date rolls over as a calendar
 * does, and across a daylight-saving change 09:00 stays 09:00 (a day is not 24 hours then).
 */
public final class CadenceSchedule {
    private CadenceSchedule() {}

    public static ZonedDateTime dueAt(ZonedDateTime start, int dayOffset) {
        if (dayOffset <= 0) {
            return start;
        }
        return ZonedDateTime.of(start.toLocalDate().plusDays(dayOffset), Snooze.WORKDAY_START, start.getZone());
    }
}
