package app.leadkeeper.nurture;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The snooze choices. An hour from now; tomorrow at the start of the working day; next Monday at the start of the
 * working day. Computed on the local calendar, so a daylight-saving change keeps 09:00 at 09:00.
 */
public enum Snooze {
    ONE_HOUR("1 hour"),
    TOMORROW("Tomorrow"),
    NEXT_WEEK("Next week");

    /** When "tomorrow" and "next week" tasks fall due, and cadence steps after their first day. */
    public static final LocalTime WORKDAY_START = LocalTime.of(9, 0);

    private final String label;

    Snooze(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The new due time for a task snoozed at {@code now}. */
    public ZonedDateTime from(ZonedDateTime now) {
        return switch (this) {
            case ONE_HOUR -> now.plusHours(1);
            case TOMORROW -> ZonedDateTime.of(now.toLocalDate().plusDays(1), WORKDAY_START, now.getZone());
            case NEXT_WEEK ->
                ZonedDateTime.of(
                        now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY)), WORKDAY_START, now.getZone());
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
