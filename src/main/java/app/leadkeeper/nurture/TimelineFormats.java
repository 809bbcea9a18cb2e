package app.leadkeeper.nurture;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the timeline writes when something happened or is due, in the user's locale: "Today 10:05", "12 Nov 2026". */
final class TimelineFormats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT);

    private TimelineFormats() {}

    /** "Today 10:05", "Yesterday 16:20", "Tomorrow 09:00"; other days by their date alone. */
    static String when(OffsetDateTime at, ZonedDateTime now) {
        ZonedDateTime local = at.atZoneSameInstant(now.getZone());
        return DueText.nearDay(local, now)
                .map(day -> day + " " + DueText.time(local))
                .orElseGet(() -> DATE.format(local));
    }

    /** The whole date and time, for a tooltip. */
    static String full(OffsetDateTime at, ZonedDateTime now) {
        return FULL.format(at.atZoneSameInstant(now.getZone()));
    }
}
