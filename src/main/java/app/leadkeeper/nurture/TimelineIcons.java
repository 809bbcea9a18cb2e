package app.leadkeeper.nurture;

import java.util.Arrays;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** An icon and a style class per kind of timeline entry and per kind of touch. */
final class TimelineIcons {
    private TimelineIcons() {}

    static Ikon of(TimelineEntry entry) {
        return switch (entry.kind()) {
            case CREATED -> Material2OutlinedMZ.PERSON_ADD;
            case TOUCH -> touchKind(entry).map(TimelineIcons::of).orElse(Material2OutlinedMZ.TOUCH_APP);
            case TASK_OPEN -> Material2OutlinedAL.EVENT;
            case TASK_DONE -> Material2OutlinedAL.CHECK_CIRCLE;
            case STAGE -> Material2OutlinedMZ.TRENDING_FLAT;
            case QUALIFICATION -> Material2OutlinedMZ.VERIFIED;
            case IMPORT -> Material2OutlinedAL.FILE_UPLOAD;
            case CADENCE ->
                entry.title().startsWith("Cadence stopped")
                        ? Material2OutlinedMZ.STOP_CIRCLE
                        : Material2OutlinedMZ.PLAYLIST_PLAY;
        };
    }

    static Ikon of(TouchKind kind) {
        return switch (kind) {
            case EMAIL_SENT -> Material2OutlinedMZ.SEND;
            case EMAIL_OPENED -> Material2OutlinedAL.DRAFTS;
            case CALL -> Material2OutlinedMZ.PHONE;
            case MEETING -> Material2OutlinedAL.GROUPS;
            case WEBINAR_ATTENDED -> Material2OutlinedMZ.VIDEOCAM;
            case CONTENT_DOWNLOADED -> Material2OutlinedAL.GET_APP;
            case PRICING_PAGE_VISITED -> Material2OutlinedAL.LOCAL_OFFER;
            case FORM_SUBMITTED -> Material2OutlinedAL.ASSIGNMENT;
            case NOTE -> Material2OutlinedMZ.STICKY_NOTE_2;
        };
    }

    /** The kind of a touch entry: its title is the kind's label. */
    static Optional<TouchKind> touchKind(TimelineEntry entry) {
        if (entry.kind() != TimelineEntry.Kind.TOUCH) {
            return Optional.empty();
        }
        return Arrays.stream(TouchKind.values())
                .filter(k -> k.label().equals(entry.title()))
                .findFirst();
    }

    /** "touch", "task-open", …: colours the entry's badge. */
    static String styleClass(TimelineEntry entry) {
        return entry.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
