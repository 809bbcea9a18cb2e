package app.leadkeeper.privacy;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.UserException;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageService;
import app.leadkeeper.leads.BantItem;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.nurture.CadenceRun;
import app.leadkeeper.nurture.CadenceService;
import app.leadkeeper.nurture.NurtureTask;
import app.leadkeeper.nurture.TaskService;
import app.leadkeeper.nurture.TimelineEntry;
import app.leadkeeper.nurture.Touch;
import app.leadkeeper.nurture.TouchService;
import app.leadkeeper.scoring.ScoreLine;
import app.leadkeeper.scoring.ScoringService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Leadkeeper holds about one person, as one JSON object (a subject access request): the lead's fields,
 * source and consent, qualification and BANT, stage and outcome, tags and custom fields, score and why, touches with
 * their notes, tasks, cadences, and the history of stage and qualification changes and imports. Keys are snake_case,
 * times ISO 8601 with their offset, amounts numbers; a value the lead lacks is null.
 */
public final class PersonExport {
    /** Names the shape of the file, so that a reader can tell later versions apart. */
    static final String FORMAT = "leadkeeper-person/1";

    private final LeadService leads;
    private final ChannelService channels;
    private final StageService stages;
    private final TouchService touches;
    private final TaskService tasks;
    private final CadenceService cadences;
    private final ScoringService scoring;
    private final Clock clock;

    public PersonExport(
            LeadService leads,
            ChannelService channels,
            StageService stages,
            TouchService touches,
            TaskService tasks,
            CadenceService cadences,
            ScoringService scoring,
            Clock clock) {
        this.leads = leads;
        this.channels = channels;
        this.stages = stages;
        this.touches = touches;
        this.tasks = tasks;
        this.cadences = cadences;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** The person's data; fails with a message when there is no such lead (or it was erased). */
    public Map<String, Object> of(long leadId) {
        Lead lead = leads.find(leadId)
                .orElseThrow(() -> new UserException("There is no lead " + leadId + " (deleted or erased)."));
        LeadData d = lead.data();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("exported_at", OffsetDateTime.now(clock).toString());
        out.put("lead_id", lead.id());
        out.put("name", d.displayName());
        out.put("contact", contact(lead));
        out.put("company", company(d));
        out.put("message", d.message());
        out.put("source", source(d));
        out.put("created_at", time(d.created().at()));
        out.put("created_time_zone_known", d.created().zoneKnown());
        out.put("added_at", time(lead.addedAt()));
        out.put("updated_at", time(lead.updatedAt()));
        out.put("consent", consent(d));
        out.put("qualification", d.qualification().name());
        out.put("bant", bant(d));
        out.put("pipeline", pipeline(lead));
        out.put("tags", d.tags());
        out.put("custom_fields", new LinkedHashMap<>(d.customFields()));
        out.put("score", score(lead));
        out.put("touches", touches(leadId));
        out.put("tasks", tasks(leadId));
        out.put("cadences", cadences(leadId));
        out.put("history", history(leadId));
        return out;
    }

    private static Map<String, Object> contact(Lead lead) {
        LeadData d = lead.data();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_name", d.firstName());
        m.put("last_name", d.lastName());
        m.put("full_name", d.fullName());
        m.put("email", d.email());
        m.put("phone", d.phone());
        m.put("phone_e164", lead.phoneE164());
        m.put("city", d.city());
        m.put("country", d.country());
        return m;
    }

    private static Map<String, Object> company(LeadData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.company());
        m.put("job_title", d.jobTitle());
        m.put("size", d.companySize());
        m.put("budget", d.budget());
        m.put("website", d.website());
        return m;
    }

    private Map<String, Object> source(LeadData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "channel",
                d.channelId() == null
                        ? null
                        : channels.all().stream()
                                .filter(c -> c.id() == d.channelId())
                                .map(Channel::name)
                                .findFirst()
                                .orElse(null));
        m.put("outbound", d.outbound());
        m.put("campaign", d.campaign());
        m.put("offer", d.offer());
        m.put("landing_page", d.landingPage());
        Map<String, Object> utm = new LinkedHashMap<>();
        utm.put("source", d.utm().source());
        utm.put("medium", d.utm().medium());
        utm.put("campaign", d.utm().campaign());
        utm.put("term", d.utm().term());
        utm.put("content", d.utm().content());
        m.put("utm", utm);
        return m;
    }

    private static Map<String, Object> consent(LeadData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", d.consent().state().name());
        m.put("at", time(d.consent().at()));
        m.put(
                "method",
                d.consent().method() == null ? null : d.consent().method().name());
        m.put("note", d.consent().note());
        return m;
    }

    private static Map<String, Object> bant(LeadData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budget", bantItem(d.bant().budget()));
        m.put("authority", bantItem(d.bant().authority()));
        m.put("need", bantItem(d.bant().need()));
        m.put("timeframe", bantItem(d.bant().timeframe()));
        return m;
    }

    private static Map<String, Object> bantItem(BantItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answer", item.answer().name());
        m.put("note", item.note());
        return m;
    }

    private Map<String, Object> pipeline(Lead lead) {
        LeadData d = lead.data();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "stage",
                d.stageId() == null
                        ? null
                        : stages.stages().stream()
                                .filter(s -> s.id() == d.stageId())
                                .map(Stage::name)
                                .findFirst()
                                .orElse(null));
        m.put("in_stage_since", time(lead.stageSince()));
        m.put("status", d.status().name());
        m.put("deal_value", d.dealValue());
        m.put("lost_reason", d.lostReason());
        m.put("won_at", time(d.wonAt()));
        m.put("revenue", d.revenue());
        return m;
    }

    private Map<String, Object> score(Lead lead) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", lead.score());
        scoring.breakdown(lead.id()).ifPresent(b -> {
            m.put("suggested_qualification", b.suggested().name());
            m.put("qualification_set_by_hand", b.qualificationByHand());
            List<Object> lines = new ArrayList<>();
            for (ScoreLine line : b.lines()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("rule", line.rule().label());
                l.put("points", line.points());
                l.put("detail", line.detail() == null || line.detail().isBlank() ? null : line.detail());
                lines.add(l);
            }
            m.put("rules", lines);
        });
        return m;
    }

    private List<Object> touches(long leadId) {
        List<Object> list = new ArrayList<>();
        for (Touch t : touches.forLead(leadId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", t.kind().name());
            m.put("at", time(t.at()));
            m.put("note", t.note());
            m.put("from_import", t.importBatchId() != null);
            list.add(m);
        }
        return list;
    }

    private List<Object> tasks(long leadId) {
        List<Object> list = new ArrayList<>();
        for (NurtureTask t : tasks.forLead(leadId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", t.title());
            m.put("kind", t.kind().name());
            m.put("priority", t.priority().name());
            m.put("due_at", time(t.dueAt()));
            m.put("done_at", time(t.doneAt()));
            m.put("message", t.message());
            m.put("cadence", t.cadence());
            list.add(m);
        }
        return list;
    }

    private List<Object> cadences(long leadId) {
        List<Object> list = new ArrayList<>();
        for (CadenceRun run : cadences.runs(leadId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cadence", run.cadenceName());
            m.put("started_at", time(run.startedAt()));
            m.put("stopped_at", time(run.stoppedAt()));
            m.put("stop_reason", run.stopReason());
            list.add(m);
        }
        return list;
    }

    /** Stage and qualification changes, imports and cadences, oldest first, as the lead's timeline words them. */
    private List<Object> history(long leadId) {
        List<TimelineEntry> entries = new ArrayList<>(touches.timeline(leadId));
        entries.sort(java.util.Comparator.comparing(TimelineEntry::at));
        List<Object> list = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (e.kind() == TimelineEntry.Kind.TOUCH
                    || e.kind() == TimelineEntry.Kind.TASK_OPEN
                    || e.kind() == TimelineEntry.Kind.TASK_DONE) {
                continue; // listed in full above
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", time(e.at()));
            m.put("kind", e.kind().name());
            m.put("what", e.title());
            m.put("detail", e.detail());
            list.add(m);
        }
        return list;
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : at.toString();
    }
}
