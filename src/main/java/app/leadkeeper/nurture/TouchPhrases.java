package app.leadkeeper.nurture;

import app.leadkeeper.leads.LeadRef;
import java.util.List;

/** The sentences the Leads view's notifications say about touches, tasks and cadences. */
final class TouchPhrases {
    private TouchPhrases() {}

    /** "a call", "an email sent": the touch as the object of "Logged …". */
    static String noun(TouchKind kind) {
        return switch (kind) {
            case EMAIL_SENT -> "an email sent";
            case EMAIL_OPENED -> "an email opened";
            case CALL -> "a call";
            case MEETING -> "a meeting";
            case WEBINAR_ATTENDED -> "a webinar attended";
            case CONTENT_DOWNLOADED -> "a content download";
            case PRICING_PAGE_VISITED -> "a pricing page visit";
            case FORM_SUBMITTED -> "a form submission";
            case NOTE -> "a note";
        };
    }

    /** "Ada Lovelace" for one lead, "3 leads" for several. */
    static String who(List<LeadRef> leads) {
        return leads.size() == 1 ? leads.getFirst().name() : String.format("%,d leads", leads.size());
    }

    /** "Logged a call for Ada Lovelace". */
    static String logged(TouchKind kind, List<LeadRef> leads) {
        return "Logged " + noun(kind) + " for " + who(leads);
    }

    /** "Removed the call for Ada Lovelace". */
    static String removed(TouchKind kind, List<LeadRef> leads) {
        String noun = noun(kind);
        return "Removed the " + noun.substring(noun.indexOf(' ') + 1) + " for " + who(leads);
    }

    /** "Started “New inbound lead” on 12 leads · 60 tasks (2 already running it)". */
    static String started(String cadence, CadenceService.Applied applied, List<LeadRef> leads) {
        String name = "“" + cadence + "”";
        if (applied.started() == 0) {
            String all = switch (leads.size()) {
                case 1 -> leads.getFirst().name();
                case 2 -> "both leads";
                default -> "all " + who(leads);
            };
            return name + " is already running on " + all;
        }
        String on = leads.size() == 1
                ? leads.getFirst().name()
                : applied.started() == 1 ? "1 lead" : String.format("%,d leads", applied.started());
        String text = "Started " + name + " on " + on + " · " + count(applied.tasks(), "task");
        return applied.skipped() > 0 ? text + " (" + applied.skipped() + " already running it)" : text;
    }

    static String count(int n, String noun) {
        return n == 1 ? "1 " + noun : String.format("%,d %ss", n, noun);
    }
}
