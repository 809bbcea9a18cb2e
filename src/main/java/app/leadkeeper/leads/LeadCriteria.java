package app.leadkeeper.leads;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * A filter as the database runs it. The search text has already become either a set of matching ids (from the
 * search index) or folded words that must all occur (LIKE); dates are instants. The score range is inclusive, either
 * end may be null.
 */
record LeadCriteria(
        List<String> contains,
        Collection<Long> ids,
        OffsetDateTime createdFrom,
        OffsetDateTime createdBefore,
        Long channelId,
        List<String> tagKeys,
        Long stageId,
        Qualification qualification,
        BantFilter bant,
        Integer minScore,
        Integer maxScore) {

    static final LeadCriteria ALL =
            new LeadCriteria(List.of(), null, null, null, null, List.of(), null, null, null, null, null);

    LeadCriteria {
        contains = contains == null ? List.of() : List.copyOf(contains);
        tagKeys = List.copyOf(tagKeys);
    }

    LeadCriteria withIds(Collection<Long> matching) {
        return new LeadCriteria(
                List.of(),
                matching,
                createdFrom,
                createdBefore,
                channelId,
                tagKeys,
                stageId,
                qualification,
                bant,
                minScore,
                maxScore);
    }

    LeadCriteria withContains(List<String> words) {
        return new LeadCriteria(
                words,
                null,
                createdFrom,
                createdBefore,
                channelId,
                tagKeys,
                stageId,
                qualification,
                bant,
                minScore,
                maxScore);
    }

    LeadCriteria withScore(Integer min, Integer max) {
        return new LeadCriteria(
                contains, ids, createdFrom, createdBefore, channelId, tagKeys, stageId, qualification, bant, min, max);
    }

    boolean hasScoreRange() {
        return minScore != null || maxScore != null;
    }

    boolean onlySearch() {
        return createdFrom == null
                && createdBefore == null
                && channelId == null
                && tagKeys.isEmpty()
                && stageId == null
                && qualification == null
                && bant == null
                && !hasScoreRange();
    }
}
