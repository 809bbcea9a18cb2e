package app.leadkeeper.importing;

import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentRecord;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Utm;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Merges an imported row into a lead that already exists: empty fields are filled, existing values win on conflict
 * (the conflicts are reported), tags and custom fields are added, and the earliest creation time is kept. Every change
 * is listed with the value before, so that undo can put it back.
 */
public final class LeadMerger {
    /** A field the merge filled or changed, and its value before ({@code null} when it was empty). */
    public record Change(String field, String oldValue) {}

    /** A field where the row disagreed with the lead; the lead's value was kept. */
    public record Conflict(String field, String existing, String incoming) {}

    public record Result(LeadData merged, List<Change> changes, List<Conflict> conflicts) {
        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    static final String TAG_PREFIX = "tag:";
    static final String CUSTOM_PREFIX = "custom:";
    static final String CREATED_AT = "created_at";
    static final String CONSENT = "consent";

    private record Text(String name, Function<LeadData, String> get, BiConsumer<LeadData.Builder, String> set) {}

    private static final List<Text> TEXTS = List.of(
            new Text("first_name", LeadData::firstName, LeadData.Builder::firstName),
            new Text("last_name", LeadData::lastName, LeadData.Builder::lastName),
            new Text("full_name", LeadData::fullName, LeadData.Builder::fullName),
            new Text("email", LeadData::email, LeadData.Builder::email),
            new Text("phone", LeadData::phone, LeadData.Builder::phone),
            new Text("company", LeadData::company, LeadData.Builder::company),
            new Text("job_title", LeadData::jobTitle, LeadData.Builder::jobTitle),
            new Text(
                    "company_size",
                    d -> str(d.companySize()),
                    (b, v) -> b.companySize(v == null ? null : Integer.valueOf(v))),
            new Text("budget", LeadData::budget, LeadData.Builder::budget),
            new Text("website", LeadData::website, LeadData.Builder::website),
            new Text("city", LeadData::city, LeadData.Builder::city),
            new Text("country", LeadData::country, LeadData.Builder::country),
            new Text("message", LeadData::message, LeadData.Builder::message),
            new Text("channel_id", d -> str(d.channelId()), (b, v) -> b.channelId(v == null ? null : Long.valueOf(v))),
            new Text("campaign", LeadData::campaign, LeadData.Builder::campaign),
            new Text("offer", LeadData::offer, LeadData.Builder::offer),
            new Text("landing_page", LeadData::landingPage, LeadData.Builder::landingPage),
            new Text(
                    "deal_value", d -> str(d.dealValue()), (b, v) -> b.dealValue(v == null ? null : new BigDecimal(v))),
            new Text(
                    "utm_source",
                    d -> d.utm().source(),
                    (b, v) -> b.utm(with(b, u -> new Utm(v, u.medium(), u.campaign(), u.term(), u.content())))),
            new Text(
                    "utm_medium",
                    d -> d.utm().medium(),
                    (b, v) -> b.utm(with(b, u -> new Utm(u.source(), v, u.campaign(), u.term(), u.content())))),
            new Text(
                    "utm_campaign",
                    d -> d.utm().campaign(),
                    (b, v) -> b.utm(with(b, u -> new Utm(u.source(), u.medium(), v, u.term(), u.content())))),
            new Text(
                    "utm_term",
                    d -> d.utm().term(),
                    (b, v) -> b.utm(with(b, u -> new Utm(u.source(), u.medium(), u.campaign(), v, u.content())))),
            new Text(
                    "utm_content",
                    d -> d.utm().content(),
                    (b, v) -> b.utm(with(b, u -> new Utm(u.source(), u.medium(), u.campaign(), u.term(), v)))));

    private LeadMerger() {}

    public static Result merge(LeadData existing, LeadData incoming) {
        LeadData.Builder out = existing.toBuilder();
        List<Change> changes = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Text field : TEXTS) {
            String mine = blankToNull(field.get().apply(existing));
            String theirs = blankToNull(field.get().apply(incoming));
            if (theirs == null) {
                continue;
            }
            if (mine == null) {
                field.set().accept(out, theirs);
                changes.add(new Change(field.name(), field.get().apply(existing)));
            } else if (!same(field.name(), mine, theirs)) {
                conflicts.add(new Conflict(field.name(), mine, theirs));
            }
        }
        OffsetDateTime mineAt = existing.created().at();
        if (incoming.created().at().isBefore(mineAt)) {
            out.created(incoming.created());
            changes.add(new Change(CREATED_AT, createdToText(existing.created())));
        }
        if (existing.consent().state() == Consent.UNKNOWN && incoming.consent().state() != Consent.UNKNOWN) {
            out.consent(incoming.consent());
            changes.add(new Change(CONSENT, null));
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>(existing.tags());
        for (String tag : incoming.tags()) {
            if (existing.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag)) && tags.add(tag)) {
                changes.add(new Change(TAG_PREFIX + tag, null));
            }
        }
        out.tags(List.copyOf(tags));
        Map<String, String> custom = new LinkedHashMap<>(existing.customFields());
        incoming.customFields().forEach((name, value) -> {
            String mine = custom.get(name);
            if (mine == null || mine.isBlank()) {
                if (value != null && !value.isBlank()) {
                    custom.put(name, value);
                    changes.add(new Change(CUSTOM_PREFIX + name, mine));
                }
            } else if (value != null && !value.isBlank() && !mine.strip().equals(value.strip())) {
                conflicts.add(new Conflict(CUSTOM_PREFIX + name, mine, value));
            }
        });
        out.customFields(custom);
        return new Result(out.build(), List.copyOf(changes), List.copyOf(conflicts));
    }

    /** Puts the values a merge changed back, for undo. Tags and custom fields it added are removed. */
    public static LeadData revert(LeadData current, List<Change> changes) {
        LeadData.Builder out = current.toBuilder();
        List<String> tags = new ArrayList<>(current.tags());
        Map<String, String> custom = new LinkedHashMap<>(current.customFields());
        for (Change change : changes) {
            String field = change.field();
            if (field.startsWith(TAG_PREFIX)) {
                String tag = field.substring(TAG_PREFIX.length());
                tags.removeIf(t -> t.equalsIgnoreCase(tag));
            } else if (field.startsWith(CUSTOM_PREFIX)) {
                String name = field.substring(CUSTOM_PREFIX.length());
                if (change.oldValue() == null) {
                    custom.remove(name);
                } else {
                    custom.put(name, change.oldValue());
                }
            } else if (field.equals(CREATED_AT)) {
                out.created(createdFromText(change.oldValue()));
            } else if (field.equals(CONSENT)) {
                out.consent(ConsentRecord.UNKNOWN);
            } else {
                TEXTS.stream()
                        .filter(t -> t.name().equals(field))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown field " + field))
                        .set()
                        .accept(out, change.oldValue());
            }
        }
        return out.tags(tags).customFields(custom).build();
    }

    static String createdToText(CreatedAt created) {
        return created.at() + (created.zoneKnown() ? "" : " local");
    }

    static CreatedAt createdFromText(String text) {
        boolean local = text.endsWith(" local");
        String at = local ? text.substring(0, text.length() - " local".length()) : text;
        return new CreatedAt(OffsetDateTime.parse(at), !local);
    }

    private static boolean same(String field, String a, String b) {
        if (field.equals("email")) {
            return a.equalsIgnoreCase(b);
        }
        if (field.equals("deal_value")) {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        }
        return a.strip().equals(b.strip());
    }

    private static Utm with(LeadData.Builder builder, Function<Utm, Utm> change) {
        return change.apply(builder.build().utm());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
