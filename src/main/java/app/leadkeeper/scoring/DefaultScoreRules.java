package app.leadkeeper.scoring;

import app.leadkeeper.nurture.TouchKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rule set Leadkeeper ships, after the usual lead-scoring practice: seniority in the job title, a company that
 * can buy, a free-mail address counting against, and behaviour that shows buying interest (pricing page visits,
 * downloads, webinars, five email opens in a week), fading when the lead goes quiet.
 */
public final class DefaultScoreRules {
    private DefaultScoreRules() {}

    public static List<ScoreRule> rules() {
        return List.of(
                ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "VP", 15),
                ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "Vice President", 15),
                ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "Director", 10),
                ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "Head of", 10),
                ScoreRule.attribute(
                        LeadAttribute.JOB_TITLE,
                        Operator.IN_LIST,
                        "CEO\nFounder\nCo-founder\nOwner\nManaging Director\nPresident\nGeschäftsführer\nInhaber",
                        15),
                ScoreRule.attribute(LeadAttribute.EMAIL_DOMAIN, Operator.IN_LIST, freeMailDomains(), -5),
                ScoreRule.attribute(LeadAttribute.COMPANY, Operator.IS_EMPTY, null, -10),
                ScoreRule.attribute(LeadAttribute.COMPANY_SIZE, Operator.AT_LEAST, "50", 10),
                ScoreRule.attribute(LeadAttribute.BUDGET, Operator.IS_NOT_EMPTY, null, 10),
                ScoreRule.attribute(LeadAttribute.PHONE, Operator.IS_NOT_EMPTY, null, 5),
                ScoreRule.perTouch(TouchKind.PRICING_PAGE_VISITED, 10, 30),
                ScoreRule.perTouch(TouchKind.CONTENT_DOWNLOADED, 5, 60),
                ScoreRule.perTouch(TouchKind.WEBINAR_ATTENDED, 10, 60),
                ScoreRule.perTouch(TouchKind.FORM_SUBMITTED, 5, 90),
                ScoreRule.perTouch(TouchKind.MEETING, 20, 90),
                ScoreRule.burst(TouchKind.EMAIL_OPENED, 5, 7, 20, null));
    }

    /** The free-mail domains the shipped rule lists, one per line. */
    public static String freeMailDomains() {
        try (InputStream in = DefaultScoreRules.class.getResourceAsStream("free-mail-domains.txt")) {
            if (in == null) {
                throw new IllegalStateException("free-mail-domains.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
