package app.leadkeeper.nurture;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Due and done times as the task lists show them, relative to now and readable at a glance: "Today 14:00", "Tomorrow
 * 09:00", "Mon 30 Nov 09:00"; and how late an open task is: "25 min late", "3 h late", "2 days late".
 */
public final class DueText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DueText() {}

    /** The moment in {@code now}'s zone, with the day in words when it is yesterday, today or tomorrow. */
    public static String of(OffsetDateTime at, ZonedDateTime now) {
        ZonedDateTime local = at.atZoneSameInstant(now.getZone());
        String day = nearDay(local, now).orElseGet(() -> {
            Locale locale = Locale.getDefault(Locale.Category.FORMAT);
            String pattern = local.getYear() == now.getYear() ? "EEE d MMM" : "EEE d MMM yyyy";
            return DateTimeFormatter.ofPattern(pattern, locale).format(local);
        });
        return day + " " + time(local);
    }

    /** "Yesterday", "Today" or "Tomorrow" when {@code local} falls on one of those days of {@code now}'s calendar. */
    static java.util.Optional<String> nearDay(ZonedDateTime local, ZonedDateTime now) {
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), local.toLocalDate());
        return switch ((int) Math.max(-2, Math.min(2, days))) {
            case -1 -> java.util.Optional.of("Yesterday");
            case 0 -> java.util.Optional.of("Today");
            case 1 -> java.util.Optional.of("Tomorrow");
            default -> java.util.Optional.empty();
        };
    }

    /** 24-hour time, as the task lists, the timeline and the task dialog write it. */
    static String time(ZonedDateTime local) {
        return TIME.format(local);
    }

    /** How long past due a task is at {@code now}; empty while it is not due yet. Whole days count by the calendar. */
    public static String late(OffsetDateTime due, ZonedDateTime now) {
        Duration late = Duration.between(due.toInstant(), now.toInstant());
        if (late.isNegative() || late.isZero()) {
            return "";
        }
        if (late.toMinutes() < 60) {
            return Math.max(1, late.toMinutes()) + " min late";
        }
        if (late.toHours() < 24) {
            return late.toHours() + " h late";
        }
        long days = Math.max(
                1, ChronoUnit.DAYS.between(due.atZoneSameInstant(now.getZone()).toLocalDate(), now.toLocalDate()));
        return days == 1 ? "1 day late" : days + " days late";
    }
}
