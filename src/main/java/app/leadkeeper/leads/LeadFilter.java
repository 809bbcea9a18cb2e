package app.leadkeeper.leads;

import java.time.LocalDate;
import java.util.List;

/**
 * What the leads table shows: a search text (matched inside name, email, company and phone), a created-date range
 * (inclusive, in the computer's time zone), a channel, tags (a lead must carry all of them), a funnel stage and a
 * qualification, a BANT condition, a score range (inclusive; a lead not scored yet counts as 0). Null means "any".
 */
public record LeadFilter(
        String search,
        LocalDate createdFrom,
        LocalDate createdTo,
        Long channelId,
        List<String> tags,
        Long stageId,
        Qualification qualification,
        BantFilter bant,
        Integer minScore,
        Integer maxScore) {
    public static final LeadFilter NONE = new LeadFilter(null, null, null, null, List.of());

    public LeadFilter {
        tags = List.copyOf(tags);
    }

    /** A filter on any stage and any qualification. */
    public LeadFilter(String search, LocalDate createdFrom, LocalDate createdTo, Long channelId, List<String> tags) {
        this(search, createdFrom, createdTo, channelId, tags, null, null, null);
    }

    /** A filter on any score. */
    public LeadFilter(
            String search,
            LocalDate createdFrom,
            LocalDate createdTo,
            Long channelId,
            List<String> tags,
            Long stageId,
            Qualification qualification,
            BantFilter bant) {
        this(search, createdFrom, createdTo, channelId, tags, stageId, qualification, bant, null, null);
    }

    public LeadFilter withSearch(String text) {
        return new LeadFilter(
                text, createdFrom, createdTo, channelId, tags, stageId, qualification, bant, minScore, maxScore);
    }

    public LeadFilter withStage(Long stage) {
        return new LeadFilter(
                search, createdFrom, createdTo, channelId, tags, stage, qualification, bant, minScore, maxScore);
    }

    public LeadFilter withQualification(Qualification value) {
        return new LeadFilter(
                search, createdFrom, createdTo, channelId, tags, stageId, value, bant, minScore, maxScore);
    }

    public boolean isEmpty() {
        return (search == null || search.isBlank())
                && createdFrom == null
                && createdTo == null
                && channelId == null
                && tags.isEmpty()
                && stageId == null
                && qualification == null
                && bant == null
                && minScore == null
                && maxScore == null;
    }

    public LeadFilter withBant(BantFilter value) {
        return new LeadFilter(
                search, createdFrom, createdTo, channelId, tags, stageId, qualification, value, minScore, maxScore);
    }

    /** Leads scoring from {@code min} to {@code max}, both included; null leaves that end open. */
    public LeadFilter withScore(Integer min, Integer max) {
        return new LeadFilter(search, createdFrom, createdTo, channelId, tags, stageId, qualification, bant, min, max);
    }
}
