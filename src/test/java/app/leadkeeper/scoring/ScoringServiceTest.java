package app.leadkeeper.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.testing.MutableClock;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scoring on a real database: every operator and rule kind, decay over time, thresholds and hand-set qualification. */
class ScoringServiceTest {
    private static final ScoreThresholds THRESHOLDS = new ScoreThresholds(75, 120);

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    AppContext app;
    ScoringService scoring;
    int emails;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), clock);
        scoring = app.scoring();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Lead lead(UnaryOperator<LeadData.Builder> fill) {
        emails++;
        return app.leads()
                .create(fill.apply(TempApp.lead("Lead", "No" + emails, "lead" + emails + "@example.com")
                                .createdAt(OffsetDateTime.parse("2026-03-01T09:00:00+01:00")))
                        .build());
    }

    private int score(Lead lead) {
        return app.leads().find(lead.id()).orElseThrow().score();
    }

    private Qualification qualification(Lead lead) {
        return app.leads().find(lead.id()).orElseThrow().data().qualification();
    }

    private RescoreResult use(ScoreRule... rules) {
        scoring.save(List.of(rules), THRESHOLDS);
        return scoring.rescoreAll(new Progress());
    }

    @Test
    void theShippedRulesAreStoredOnceWithTheirFreeMailList() {
        assertThat(scoring.rules()).hasSize(DefaultScoreRules.rules().size());
        assertThat(scoring.thresholds()).isEqualTo(new ScoreThresholds(75, 120));
        ScoreRule freeMail = scoring.rules().stream()
                .filter(r -> r.attribute() == LeadAttribute.EMAIL_DOMAIN)
                .findFirst()
                .orElseThrow();
        assertThat(freeMail.points()).isEqualTo(-5);
        assertThat(freeMail.listValues())
                .contains("gmail.com", "web.de", "outlook.com")
                .hasSizeGreaterThan(40);
        // Reopening the folder does not add them again.
        app.close();
        app = AppContext.open(new DataFolder(dir), clock);
        assertThat(app.scoring().rules()).hasSize(DefaultScoreRules.rules().size());
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "Owner", 7),
                        fill(b -> b.jobTitle(" OWNER ")),
                        fill(b -> b.jobTitle("Co-Owner"))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "vp", 7),
                        fill(b -> b.jobTitle("Senior VP Sales")),
                        fill(b -> b.jobTitle("Developer"))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.STARTS_WITH, "Head", 7),
                        fill(b -> b.jobTitle("Head of Sales")),
                        fill(b -> b.jobTitle("Sales Head"))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.COMPANY, Operator.IS_EMPTY, null, 7),
                        fill(b -> b.company(null)),
                        fill(b -> b.company("Acme"))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.PHONE, Operator.IS_NOT_EMPTY, null, 7),
                        fill(b -> b.phone("+49 30 1234567")),
                        fill(b -> b.phone(null))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.COMPANY_SIZE, Operator.AT_LEAST, "50", 7),
                        fill(b -> b.companySize(50)),
                        fill(b -> b.companySize(49))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.COMPANY_SIZE, Operator.AT_MOST, "10", 7),
                        fill(b -> b.companySize(10)),
                        fill(b -> b.companySize(null))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.DEAL_VALUE, Operator.AT_LEAST, "1000.5", 7),
                        fill(b -> b.dealValue(new BigDecimal("1000.50"))),
                        fill(b -> b.dealValue(new BigDecimal("1000")))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.BUDGET, Operator.AT_LEAST, "5000", 7),
                        fill(b -> b.budget("7500")),
                        fill(b -> b.budget("lots, 9000 maybe"))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.EMAIL_DOMAIN, Operator.IN_LIST, "gmail.com\nweb.de", 7),
                        fill(b -> b.email("Ada@Gmail.com")),
                        fill(b -> b.email("ada@gmail.com.example.org"))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.COUNTRY, Operator.IN_LIST, "Germany, Austria", 7),
                        fill(b -> b.country("germany")),
                        fill(b -> b.country("France"))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.TAG, Operator.IN_LIST, "vip; partner", 7),
                        fill(b -> b.tags(List.of("newsletter", "VIP"))),
                        fill(b -> b.tags(List.of("newsletter")))),
                Arguments.of(
                        ScoreRule.attribute(LeadAttribute.TAG, Operator.IS_EMPTY, null, 7),
                        fill(b -> b.tags(List.of())),
                        fill(b -> b.tags(List.of("newsletter")))),
                Arguments.of(
                        ScoreRule.customField("Industry", Operator.CONTAINS, "soft", 7),
                        fill(b -> b.customFields(Map.of("Industry", "Software"))),
                        fill(b -> b.customFields(Map.of("Industry", "Retail")))),
                Arguments.of(
                        ScoreRule.customField("Employees", Operator.AT_LEAST, "100", 7),
                        fill(b -> b.customFields(Map.of("Employees", "250"))),
                        fill(b -> b.customFields(Map.of("Employees", "about 300")))),
                Arguments.of(
                        ScoreRule.customField("Industry", Operator.IS_EMPTY, null, 7),
                        fill(b -> b.customFields(Map.of("Other", "x"))),
                        fill(b -> b.customFields(Map.of("Industry", "Retail")))));
    }

    private static UnaryOperator<LeadData.Builder> fill(UnaryOperator<LeadData.Builder> fill) {
        return fill;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operators")
    void eachOperatorGivesItsPointsToTheLeadThatMatchesOnly(
            ScoreRule rule, UnaryOperator<LeadData.Builder> matching, UnaryOperator<LeadData.Builder> other) {
        Lead yes = lead(matching);
        Lead no = lead(other);
        use(rule);
        assertThat(score(yes)).as("matching lead, scored in bulk").isEqualTo(7);
        assertThat(score(no)).as("other lead, scored in bulk").isZero();
        // The same rule scores a lead created afterwards, in its own transaction.
        Lead later = lead(matching);
        assertThat(score(later)).as("matching lead, scored on creation").isEqualTo(7);
        assertThat(scoring.breakdown(yes.id()).orElseThrow().lines())
                .singleElement()
                .satisfies(line -> assertThat(line.points()).isEqualTo(7));
    }

    @Test
    void aChannelRuleMatchesTheChannelByName() {
        long referral = app.channels().ensure("Referral").id();
        long ads = app.channels().ensure("Google Ads").id();
        Lead yes = lead(b -> b.channelId(referral));
        Lead no = lead(b -> b.channelId(ads));
        Lead none = lead(b -> b.channelId(null));
        use(
                ScoreRule.attribute(LeadAttribute.CHANNEL, Operator.EQUALS, "referral", 10),
                ScoreRule.attribute(LeadAttribute.CHANNEL, Operator.IS_EMPTY, null, -3));
        assertThat(score(yes)).isEqualTo(10);
        assertThat(score(no)).isZero();
        assertThat(score(none)).isEqualTo(-3);
    }

    @Test
    void behaviourGivesPointsPerTouchAndTheBreakdownSaysHowMany() {
        Lead ada = lead(b -> b);
        use(ScoreRule.perTouch(TouchKind.PRICING_PAGE_VISITED, 10, null));
        for (int i = 0; i < 3; i++) {
            app.touches().log(ada.id(), TouchKind.PRICING_PAGE_VISITED, null, null);
        }
        app.touches().log(ada.id(), TouchKind.CALL, null, null);
        assertThat(score(ada)).as("rescored as each touch is logged").isEqualTo(30);
        ScoreBreakdown breakdown = scoring.breakdown(ada.id()).orElseThrow();
        assertThat(breakdown.lines()).singleElement().satisfies(line -> {
            assertThat(line.points()).isEqualTo(30);
            assertThat(line.detail()).isEqualTo("3 × +10");
        });
        assertThat(scoring.rescoreAll(new Progress()).scoresChanged())
                .as("bulk agrees")
                .isZero();
    }

    @Test
    void aBurstCountsOnlyTouchesWithinItsWindow() {
        Lead five = lead(b -> b);
        Lead four = lead(b -> b);
        Lead stale = lead(b -> b);
        use(ScoreRule.burst(TouchKind.EMAIL_OPENED, 5, 7, 20, null));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < 5; i++) {
            app.touches().log(five.id(), TouchKind.EMAIL_OPENED, now.minusDays(i), null);
            app.touches().log(stale.id(), TouchKind.EMAIL_OPENED, now.minusDays(8 + i), null);
            if (i < 4) {
                app.touches().log(four.id(), TouchKind.EMAIL_OPENED, now.minusDays(i), null);
            }
        }
        assertThat(score(five)).isEqualTo(20);
        assertThat(score(four)).isZero();
        assertThat(score(stale)).isZero();
        assertThat(scoring.breakdown(five.id()).orElseThrow().lines().getFirst().detail())
                .isEqualTo("5 in the last 7 days +20");
        // A week later the burst is over.
        clock.set("2026-03-17T10:00:01Z");
        scoring.rescoreAll(new Progress());
        assertThat(score(five)).isEqualTo(0);
    }

    @Test
    void decayHalvesARulesPointsForEveryPeriodWithoutATouch() {
        Lead ada = lead(b -> b);
        Lead owes = lead(b -> b);
        use(ScoreRule.perTouch(TouchKind.CONTENT_DOWNLOADED, 12, 30), ScoreRule.perTouch(TouchKind.NOTE, -5, 30));
        app.touches().log(ada.id(), TouchKind.CONTENT_DOWNLOADED, null, null);
        app.touches().log(owes.id(), TouchKind.NOTE, null, null);
        assertThat(score(ada)).isEqualTo(12);
        clock.set("2026-04-09T10:00:00Z"); // 30 days
        scoring.rescoreAll(new Progress());
        assertThat(score(ada)).isEqualTo(6);
        assertThat(score(owes)).as("negative points shrink toward zero").isEqualTo(-2);
        assertThat(scoring.breakdown(ada.id()).orElseThrow().lines().getFirst().detail())
                .isEqualTo("1 × +12, halved once (last 30 days ago)");
        clock.set("2026-05-09T10:00:00Z"); // 60 days
        scoring.rescoreAll(new Progress());
        assertThat(score(ada)).isEqualTo(3);
        clock.set("2026-06-08T10:00:00Z"); // 90 days: 12 / 8, fractions dropped
        scoring.rescoreAll(new Progress());
        assertThat(score(ada)).isEqualTo(1);
        // A new download restarts the clock for all of them.
        app.touches().log(ada.id(), TouchKind.CONTENT_DOWNLOADED, null, null);
        assertThat(score(ada)).isEqualTo(24);
    }

    @Test
    void qualificationFollowsTheScoreAndWritesTheHistory() {
        Lead ceo = lead(b -> b.jobTitle("CEO"));
        Lead dev = lead(b -> b.jobTitle("Developer"));
        RescoreResult result = use(
                ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 80),
                ScoreRule.perTouch(TouchKind.MEETING, 50, null));
        assertThat(result.qualificationsChanged()).isEqualTo(1);
        assertThat(qualification(ceo)).isEqualTo(Qualification.MQL);
        assertThat(qualification(dev)).isEqualTo(Qualification.LEAD);
        // A touch pushes the CEO past the SQL threshold in the transaction that logs it.
        app.touches().log(ceo.id(), TouchKind.MEETING, null, null);
        assertThat(qualification(ceo)).isEqualTo(Qualification.SQL);
        // Falling back below the thresholds moves it back.
        use(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "nobody", 1));
        assertThat(qualification(ceo)).isEqualTo(Qualification.LEAD);
        assertThat(app.touches().timeline(ceo.id()).stream()
                        .filter(e -> e.title().contains("MQL") || e.title().contains("SQL"))
                        .count())
                .as("the history shows each move")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aHandSetQualificationWinsAndTheSuggestionIsShownBesideIt() {
        Lead ceo = lead(b -> b.jobTitle("CEO"));
        use(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 80));
        assertThat(qualification(ceo)).isEqualTo(Qualification.MQL);
        Lead stored = app.leads().find(ceo.id()).orElseThrow();
        app.leads()
                .update(
                        ceo.id(),
                        stored.data().toBuilder()
                                .qualification(Qualification.SQL)
                                .build());
        scoring.rescoreAll(new Progress());
        assertThat(qualification(ceo)).as("hand-set wins").isEqualTo(Qualification.SQL);
        ScoreBreakdown breakdown = scoring.breakdown(ceo.id()).orElseThrow();
        assertThat(breakdown.qualificationByHand()).isTrue();
        assertThat(breakdown.suggested()).isEqualTo(Qualification.MQL);
        assertThat(breakdown.suggestionDiffers()).isTrue();
        // Editing something else keeps the hand-set value.
        app.leads()
                .update(
                        ceo.id(),
                        stored.data().toBuilder()
                                .qualification(Qualification.SQL)
                                .city("Berlin")
                                .build());
        assertThat(qualification(ceo)).isEqualTo(Qualification.SQL);
        scoring.followScore(ceo.id());
        assertThat(qualification(ceo)).isEqualTo(Qualification.MQL);
        assertThat(scoring.breakdown(ceo.id()).orElseThrow().qualificationByHand())
                .isFalse();
    }

    @Test
    void customersAndProductQualifiedLeadsKeepTheirQualification() {
        Lead customer = lead(b -> b.jobTitle("CEO").qualification(Qualification.CUSTOMER));
        Lead pql = lead(b -> b.jobTitle("Developer").qualification(Qualification.PQL));
        scoring.followScore(customer.id());
        scoring.followScore(pql.id());
        use(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 200));
        assertThat(qualification(customer)).isEqualTo(Qualification.CUSTOMER);
        assertThat(qualification(pql)).isEqualTo(Qualification.PQL);
    }

    @Test
    void theBreakdownSumsToTheScoreUnderTheShippedRules() {
        DemoLoaderRun.add(app, 300);
        scoring.save(DefaultScoreRules.rules(), ScoreThresholds.DEFAULT);
        RescoreResult result = scoring.rescoreAll(new Progress());
        assertThat(result.leads()).isEqualTo(300);
        assertThat(scoring.rescoreAll(new Progress()).scoresChanged())
                .as("a second rescore finds nothing to change")
                .isZero();
        ScoreSummary summary = scoring.summary();
        assertThat(summary.histogram().total()).isEqualTo(300);
        assertThat(summary.histogram().buckets()).hasSizeGreaterThan(2);
        long nonZero = 0;
        for (long id = 1; id <= 300; id++) {
            ScoreBreakdown breakdown = scoring.breakdown(id).orElseThrow();
            assertThat(breakdown.linesTotal()).as("lead %d", id).isEqualTo(breakdown.score());
            nonZero += breakdown.lines().isEmpty() ? 0 : 1;
        }
        assertThat(nonZero).isGreaterThan(200);
    }

    @Test
    void aCancelledRescoreChangesNothing() {
        Lead ceo = lead(b -> b.jobTitle("CEO"));
        use(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 10));
        scoring.save(List.of(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 90)), THRESHOLDS);
        Progress cancelled = new Progress();
        cancelled.cancel();
        assertThatThrownBy(() -> scoring.rescoreAll(cancelled)).isInstanceOf(Progress.CancelledException.class);
        assertThat(score(ceo)).isEqualTo(10);
        assertThat(qualification(ceo)).isEqualTo(Qualification.LEAD);
        assertThat(scoring.stale()).isTrue();
    }

    @Test
    void deletingALeadRemovesItsScore() {
        Lead ada = lead(b -> b.jobTitle("CEO"));
        lead(b -> b);
        use(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 10));
        app.leads().delete(ada.id());
        assertThat(scoring.summary().histogram().total()).isEqualTo(1);
        assertThat(scoring.breakdown(ada.id())).isEmpty();
    }

    @Test
    void rulesThatCannotRunAreRefusedWithAReason() {
        assertThatThrownBy(() -> scoring.save(
                        List.of(ScoreRule.attribute(LeadAttribute.COMPANY_SIZE, Operator.AT_LEAST, "fifty", 5)),
                        THRESHOLDS))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> scoring.save(List.of(), new ScoreThresholds(80, 80)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("SQL threshold");
        assertThatThrownBy(() ->
                        scoring.save(List.of(ScoreRule.burst(TouchKind.EMAIL_OPENED, 5, 0, 20, null)), THRESHOLDS))
                .isInstanceOf(UserException.class);
        assertThat(scoring.rules()).hasSize(DefaultScoreRules.rules().size());
    }

    @Test
    void thePreviewCountsMatchesAndScalesNothingOnSmallData() {
        lead(b -> b.jobTitle("CEO"));
        lead(b -> b.jobTitle("CEO"));
        lead(b -> b.jobTitle("Developer"));
        ScorePreview preview = scoring.preview(
                List.of(
                        ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 30),
                        ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "Developer", 5),
                        ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 7)
                                .withEnabled(false)),
                THRESHOLDS);
        assertThat(preview.matches()).containsExactly(2L, 1L, 0L);
        assertThat(preview.draft().buckets()).containsExactly(Map.entry(0, 1L), Map.entry(30, 2L));
        assertThat(preview.sampled()).isEqualTo(1.0);
        assertThat(preview.current().total()).isEqualTo(3);
    }
}
