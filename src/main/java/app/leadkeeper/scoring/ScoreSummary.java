package app.leadkeeper.scoring;

import app.leadkeeper.leads.Qualification;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The scores of all leads (by tens) and how many leads stand at each qualification. */
public record ScoreSummary(ScoreHistogram histogram, Map<Qualification, Long> qualifications) {
    public ScoreSummary {
        Map<Qualification, Long> all = new EnumMap<>(Qualification.class);
        for (Qualification q : Qualification.values()) {
            all.put(q, qualifications.getOrDefault(q, 0L));
        }
        qualifications = Collections.unmodifiableMap(all);
    }
}
