package app.leadkeeper.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the rules, the three ways a score is computed agree: the full rescore (two streams merged), a single lead's
 * rescore (one statement), and the breakdown (one column per rule), whose lines sum to the stored score.
 */
class ScoreConsistencyProperties {
    private static final List<String> WORDS = List.of("ceo", "owner", "dev", "acme", "berlin", "gmail.com", "", "42");
    private static Path dir;
    private static AppContext app;
    private static List<Long> ids;

    @BeforeContainer
    static void fill() throws IOException {
        dir = Files.createTempDirectory("lk-score-props");
        app = TempApp.open(dir);
        Random random = new Random(7);
        ids = new ArrayList<>();
        String[] titles = {"CEO", "Owner", "Senior developer", null, "Head of Sales"};
        String[] companies = {"Acme", null, "Berlin Bakery", "42 Labs"};
        String[] domains = {"gmail.com", "acme.com", "web.de"};
        OffsetDateTime now = OffsetDateTime.now(TempApp.CLOCK);
        for (int i = 0; i < 25; i++) {
            var lead = app.leads()
                    .create(LeadData.builder()
                            .fullName("Lead " + i)
                            .email("lead" + i + "@" + domains[random.nextInt(domains.length)])
                            .jobTitle(titles[random.nextInt(titles.length)])
                            .company(companies[random.nextInt(companies.length)])
                            .companySize(random.nextBoolean() ? null : random.nextInt(500))
                            .customFields(random.nextBoolean() ? Map.of() : Map.of("Industry", "Dev tools"))
                            .createdAt(now.minusDays(100))
                            .build());
            ids.add(lead.id());
            int touches = random.nextInt(8);
            for (int t = 0; t < touches; t++) {
                TouchKind kind = TouchKind.values()[random.nextInt(TouchKind.values().length)];
                app.touches().log(lead.id(), kind, now.minusDays(random.nextInt(90)), null);
            }
        }
    }

    @AfterContainer
    static void close() throws IOException {
        app.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Property(tries = 15)
    void theFullRescoreTheSingleRescoreAndTheBreakdownAgree(@ForAll("ruleSets") List<ScoreRule> rules) {
        ScoringService scoring = app.scoring();
        scoring.save(rules, new ScoreThresholds(20, 60));
        scoring.rescoreAll(new Progress());
        for (long id : ids) {
            int bulk = app.leads().find(id).orElseThrow().score();
            ScoreBreakdown breakdown = scoring.breakdown(id).orElseThrow();
            assertThat(breakdown.score()).isEqualTo(bulk);
            assertThat(breakdown.linesTotal()).as("lead %d", id).isEqualTo(bulk);
            // A single-lead rescore (as on every edit) lands on the same score.
            scoring.followScore(id);
            assertThat(app.leads().find(id).orElseThrow().score()).isEqualTo(bulk);
            assertThat(app.leads().find(id).orElseThrow().data().qualification())
                    .isEqualTo(new ScoreThresholds(20, 60).suggest(bulk));
        }
        assertThat(scoring.rescoreAll(new Progress()).scoresChanged()).isZero();
    }

    @Provide
    Arbitrary<List<ScoreRule>> ruleSets() {
        return Arbitraries.oneOf(attributeRules(), behaviourRules())
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
    }

    private Arbitrary<ScoreRule> attributeRules() {
        Arbitrary<LeadAttribute> attributes = Arbitraries.of(
                LeadAttribute.JOB_TITLE,
                LeadAttribute.COMPANY,
                LeadAttribute.COMPANY_SIZE,
                LeadAttribute.EMAIL_DOMAIN,
                LeadAttribute.CUSTOM_FIELD);
        Arbitrary<Operator> operators = Arbitraries.of(Operator.values());
        Arbitrary<String> values =
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join("\n", w));
        Arbitrary<Integer> points = Arbitraries.integers().between(-30, 30);
        return Combinators.combine(attributes, operators, values, points).as((attribute, operator, value, p) -> {
            String v = operator.numeric() ? "100" : value.isBlank() && operator.needsValue() ? "x" : value;
            return attribute == LeadAttribute.CUSTOM_FIELD
                    ? ScoreRule.customField("Industry", operator, v, p)
                    : ScoreRule.attribute(attribute, operator, v, p);
        });
    }

    private Arbitrary<ScoreRule> behaviourRules() {
        Arbitrary<TouchKind> kinds = Arbitraries.of(TouchKind.values());
        Arbitrary<Integer> points = Arbitraries.integers().between(-10, 20).filter(p -> p != 0);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 60);
        Arbitrary<Boolean> burst = Arbitraries.of(true, false);
        Arbitrary<Integer> decay = Arbitraries.integers().between(1, 60).injectNull(0.5);
        return Combinators.combine(kinds, points, days, burst, decay)
                .as((kind, p, d, b, decayDays) ->
                        b ? ScoreRule.burst(kind, 2, d, p * 2, decayDays) : ScoreRule.perTouch(kind, p, decayDays));
    }
}
