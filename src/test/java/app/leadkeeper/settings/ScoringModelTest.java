package app.leadkeeper.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.TaskSpec;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.scoring.DefaultScoreRules;
import app.leadkeeper.scoring.LeadAttribute;
import app.leadkeeper.scoring.Operator;
import app.leadkeeper.scoring.ScoreHistogram;
import app.leadkeeper.scoring.ScoreRule;
import app.leadkeeper.scoring.ScoreThresholds;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring editor's model over the real ScoringService on an H2 file database, with the current-thread runner. */
class ScoringModelTest {
    static final ScoreRule OWNER = ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "Owner", 30);

    @TempDir
    Path dir;

    AppContext app;
    ScoringModel model;
    final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        model = new ScoringModel(app.scoring(), TaskRunner.direct(), errors::add);
        model.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theShippedRulesAndThresholdsLoadWithAPreview() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.rules()).isEqualTo(app.scoring().rules());
        assertThat(withoutIds(model.rules())).isEqualTo(DefaultScoreRules.rules());
        assertThat(model.mqlProperty().get()).isEqualTo(75);
        assertThat(model.sqlProperty().get()).isEqualTo(120);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.thresholdProblemProperty().get()).isEmpty();
        ScoringPreviewModel preview = model.preview();
        assertThat(preview.updatingProperty().get()).isFalse();
        assertThat(preview.previewProperty().get().matches())
                .hasSize(model.rules().size());
        // No leads yet: every rule matches none, and 0 MQL, 0 SQL.
        assertThat(preview.matchesText(0, model.rules().getFirst())).isEqualTo("0");
        assertThat(preview.summaryProperty().get()).isEqualTo("With these rules: 0 MQL · 0 SQL (now 0 · 0)");
        assertThat(preview.noteProperty().get()).isEqualTo("Scores are counted in tens: 75 counts from 70.");
        assertThat(errors).isEmpty();
    }

    @Test
    void editsChangeTheDraftOnlyAndRevertPutsItBack() {
        List<ScoreRule> stored = app.scoring().rules();
        int size = stored.size();

        int at = model.add(OWNER);
        assertThat(at).isEqualTo(size);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(app.scoring().rules()).isEqualTo(stored);

        model.update(at, OWNER.withPoints(40));
        assertThat(model.rules().get(at).points()).isEqualTo(40);
        assertThat(model.duplicate(at)).isEqualTo(at + 1);
        assertThat(model.rules().get(at + 1)).isEqualTo(OWNER.withPoints(40));
        model.setEnabled(at + 1, false);
        assertThat(model.rules().get(at + 1).enabled()).isFalse();
        assertThat(model.preview().matchesText(at + 1, model.rules().get(at + 1)))
                .isEqualTo("—");
        model.delete(at);
        assertThat(model.rules()).hasSize(size + 1);
        assertThat(model.rules().getLast()).isEqualTo(OWNER.withPoints(40).withEnabled(false));

        // Moving keeps the rule and its neighbours; the ends stay put.
        assertThat(model.moveUp(size)).isEqualTo(size - 1);
        assertThat(model.rules().get(size - 1).points()).isEqualTo(40);
        assertThat(model.rules().get(size)).isEqualTo(stored.getLast());
        assertThat(model.moveDown(size - 1)).isEqualTo(size);
        assertThat(model.moveDown(size)).isEqualTo(size);
        assertThat(model.moveUp(0)).isZero();

        model.revert();
        assertThat(model.rules()).isEqualTo(stored);
        assertThat(model.dirtyProperty().get()).isFalse();

        // Back where it was is not a change.
        model.moveDown(0);
        assertThat(model.dirtyProperty().get()).isTrue();
        model.moveUp(1);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void thresholdsAreCheckedAsTheyAreTypedAndABadPairIsNotSaved() {
        model.sqlProperty().set(75);
        assertThat(model.thresholdProblemProperty().get())
                .isEqualTo("The SQL threshold must be above the MQL threshold (75).");
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.preview().summaryProperty().get()).isEqualTo("Fix the thresholds to count MQLs and SQLs.");

        boolean[] done = {false};
        model.save(new Progress(), () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(app.scoring().thresholds()).isEqualTo(ScoreThresholds.DEFAULT);

        model.mqlProperty().set(null);
        assertThat(model.thresholdProblemProperty().get()).isEqualTo("Enter both thresholds as whole numbers.");

        model.mqlProperty().set(60);
        model.sqlProperty().set(100);
        assertThat(model.thresholdProblemProperty().get()).isEmpty();
        assertThat(model.preview().noteProperty().get()).isEmpty();
        model.save(new Progress(), () -> {});
        assertThat(app.scoring().thresholds()).isEqualTo(new ScoreThresholds(60, 100));
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void thePreviewCountsTheLeadsARuleMatchesAndHowTheScoresMove() {
        Lead owner = app.leads()
                .create(TempApp.lead("Olga", "Owner", "olga@example.com")
                        .jobTitle("Owner")
                        .company("Olga's Bakery")
                        .build());
        app.leads()
                .create(TempApp.lead("Sam", "Shop", "sam@example.com")
                        .jobTitle("Shop owner")
                        .company("Sam's")
                        .build());
        app.leads()
                .create(TempApp.lead("Dev", "Eloper", "dev@example.com")
                        .jobTitle("Developer")
                        .company("Code Co")
                        .build());
        model.load();
        assertThat(model.preview().summaryProperty().get()).isEqualTo("With these rules: 0 MQL · 0 SQL (now 0 · 0)");
        int before = app.leads().find(owner.id()).orElseThrow().score();

        int at = model.add(OWNER.withPoints(80));

        assertThat(model.preview().matches(at)).isEqualTo(OptionalLong.of(2));
        assertThat(model.preview().matchesText(at, model.rules().get(at))).isEqualTo("2");
        // The owners move up by 80 to MQL; the stored scores did not move.
        assertThat(model.preview().summaryProperty().get()).isEqualTo("With these rules: 2 MQL · 0 SQL (now 0 · 0)");
        ScoreHistogram draft = model.preview().previewProperty().get().draft();
        assertThat(draft.count(ScoreHistogram.bucketOf(before + 80))).isPositive();
        assertThat(app.leads().find(owner.id()).orElseThrow().score()).isEqualTo(before);
        List<ScoreBar> bars = model.preview().barsProperty().get();
        assertThat(bars).extracting(ScoreBar::low).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90);
        assertThat(bars.stream().mapToLong(ScoreBar::now).sum()).isEqualTo(3);
        assertThat(bars.stream().mapToLong(ScoreBar::draft).sum()).isEqualTo(3);

        // The thresholds recount the preview at hand.
        model.mqlProperty().set(200);
        model.sqlProperty().set(300);
        assertThat(model.preview().summaryProperty().get()).isEqualTo("With these rules: 0 MQL · 0 SQL (now 0 · 0)");
        assertThat(errors).isEmpty();
    }

    @Test
    void savingStoresTheRulesAndRescoresEveryLead() {
        Lead owner = app.leads()
                .create(TempApp.lead("Olga", "Owner", "olga@example.com")
                        .jobTitle("Owner")
                        .company("Olga's Bakery")
                        .build());
        Lead developer = app.leads()
                .create(TempApp.lead("Dev", "Eloper", "dev@example.com")
                        .jobTitle("Developer")
                        .customFields(Map.of("Industry", "Bakery"))
                        .build());
        model.load();
        assertThat(model.customFieldNames()).containsExactly("Industry");
        for (int i = model.rules().size() - 1; i >= 0; i--) {
            model.delete(i);
        }
        model.add(OWNER.withPoints(80));
        model.add(ScoreRule.customField("Industry", Operator.EQUALS, "bakery", 5));
        model.add(ScoreRule.perTouch(TouchKind.MEETING, 20, 30));
        assertThat(model.preview().matchesText(1, model.rules().get(1))).isEqualTo("1");

        boolean[] done = {false};
        model.save(new Progress(), () -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(errors).isEmpty();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(withoutIds(app.scoring().rules()))
                .containsExactly(
                        OWNER.withPoints(80),
                        ScoreRule.customField("Industry", Operator.EQUALS, "bakery", 5),
                        ScoreRule.perTouch(TouchKind.MEETING, 20, 30));
        assertThat(model.rules()).isEqualTo(app.scoring().rules());
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.staleProperty().get()).isFalse();
        assertThat(model.messageProperty().get())
                .isEqualTo("Saved 3 rules. Rescored 2 leads; 1 qualification changed.");
        assertThat(app.leads().find(owner.id()).orElseThrow().score()).isEqualTo(80);
        assertThat(app.leads().find(owner.id()).orElseThrow().data().qualification())
                .isEqualTo(Qualification.MQL);
        assertThat(app.leads().find(developer.id()).orElseThrow().score()).isEqualTo(5);
        // "Now" is the new scores: the preview was asked again after the save.
        assertThat(model.preview().summaryProperty().get()).isEqualTo("With these rules: 1 MQL · 0 SQL (now 1 · 0)");
    }

    @Test
    void aCancelledRescoreKeepsTheSavedRulesAndSaysSo() {
        Lead owner = app.leads()
                .create(TempApp.lead("Olga", "Owner", "olga@example.com")
                        .jobTitle("Owner")
                        .build());
        model.load();
        int before = app.leads().find(owner.id()).orElseThrow().score();
        model.add(OWNER);
        Progress progress = new Progress();
        progress.cancel();

        model.save(progress, () -> {});

        assertThat(errors).isEmpty();
        assertThat(app.scoring().rules().getLast().label()).isEqualTo("Job title contains “Owner”");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.staleProperty().get()).isTrue();
        assertThat(model.messageProperty().get())
                .isEqualTo("Saved 17 rules. Rescoring was cancelled: the scores are out of date until you rescore.");

        // Rescoring uses the stored rules and keeps a draft with changes as it is.
        model.add(OWNER.withPoints(1));
        model.rescore(new Progress(), () -> {});

        assertThat(model.staleProperty().get()).isFalse();
        assertThat(app.leads().find(owner.id()).orElseThrow().score()).isEqualTo(before + 30);
        assertThat(model.rules().getLast()).isEqualTo(OWNER.withPoints(1));
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Rescored 1 lead; no qualification changed.");
    }

    @Test
    void theShippedRulesComeBackAsADraft() {
        for (int i = model.rules().size() - 1; i > 0; i--) {
            model.delete(i);
        }
        model.save(new Progress(), () -> {});
        assertThat(app.scoring().rules()).hasSize(1);

        model.restoreShipped();

        assertThat(withoutIds(model.rules())).isEqualTo(DefaultScoreRules.rules());
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.messageProperty().get())
                .isEqualTo("The shipped rules are back as a draft. Save to use them, or revert.");
        assertThat(app.scoring().rules()).hasSize(1);
        // The free-mail rule lists its domains, one per line.
        ScoreRule freeMail = model.rules().stream()
                .filter(r -> r.attribute() == LeadAttribute.EMAIL_DOMAIN)
                .findFirst()
                .orElseThrow();
        assertThat(freeMail.listValues()).contains("gmail.com", "web.de").hasSizeGreaterThan(40);

        model.revert();
        assertThat(model.rules()).hasSize(1);
        model.restoreShipped();
        model.save(new Progress(), () -> {});
        model.restoreShipped();
        assertThat(model.messageProperty().get()).isEqualTo("These are the shipped rules already.");
        assertThat(errors).isEmpty();
    }

    @Test
    void quickEditsAreFoldedIntoOnePreviewOfTheLatestDraft() {
        QueuedTasks queued = new QueuedTasks();
        ScoringModel slow = new ScoringModel(app.scoring(), queued, errors::add);
        slow.load();
        assertThat(queued.runAll()).isEqualTo(2); // the load, then the preview it asked for
        int size = slow.rules().size();
        assertThat(slow.preview().updatingProperty().get()).isFalse();

        slow.add(OWNER);
        slow.add(OWNER.withPoints(5));
        slow.setEnabled(0, false);

        assertThat(slow.preview().updatingProperty().get()).isTrue();
        assertThat(slow.preview().matchesText(size, slow.rules().get(size))).isEqualTo("…");
        // The first preview ran for one added rule; the other two edits wait for it, as one.
        assertThat(queued.runAll()).isEqualTo(2);
        assertThat(slow.preview().updatingProperty().get()).isFalse();
        assertThat(slow.preview().previewProperty().get().matches()).hasSize(size + 2);
        assertThat(slow.preview().matchesText(size + 1, slow.rules().get(size + 1)))
                .isEqualTo("0");
        assertThat(errors).isEmpty();
    }

    private static List<ScoreRule> withoutIds(List<ScoreRule> rules) {
        return rules.stream().map(r -> r.withId(null)).toList();
    }

    /** Runs background work only when the test says so, like a slow database would. */
    static final class QueuedTasks implements TaskRunner {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> Task<T> run(Callable<T> work) {
            return new TaskSpec<>(work) {
                @Override
                public Cancellable start() {
                    queue.add(() -> {
                        try {
                            success().accept(work().call());
                        } catch (Exception e) {
                            error().accept(e);
                        } finally {
                            last().run();
                        }
                    });
                    return () -> {};
                }
            };
        }

        /** Runs what is queued, and what that queues, until nothing is left; returns how many ran. */
        int runAll() {
            int ran = 0;
            while (!queue.isEmpty()) {
                queue.poll().run();
                ran++;
            }
            return ran;
        }
    }
}
