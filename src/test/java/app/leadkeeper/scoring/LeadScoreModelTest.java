package app.leadkeeper.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Score tab's model on a real database, with work run on the calling thread. */
class LeadScoreModelTest {
    @TempDir
    Path dir;

    AppContext app;
    LeadScoreModel model;
    final List<Exception> errors = new ArrayList<>();
    final List<Long> changed = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        model = new LeadScoreModel(app.scoring(), TaskRunner.direct(), errors::add);
        model.setOnLeadChanged(changed::add);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(errors).isEmpty();
    }

    /** +15 VP, +10 a company of 500, +10 a budget: 35, a lead. */
    private Lead grace(Qualification qualification) {
        return app.leads()
                .create(TempApp.lead("Grace", "Hopper", "grace@navy.example")
                        .jobTitle("VP Engineering")
                        .company("US Navy")
                        .companySize(500)
                        .budget("50k")
                        .qualification(qualification)
                        .build());
    }

    @Test
    void showsTheBreakdownOfTheLeadShownAndNothingWithoutOne() {
        Lead grace = grace(Qualification.LEAD);
        model.show(grace);
        ScoreBreakdown b = model.breakdownProperty().get();
        assertThat(b.score()).isEqualTo(35);
        assertThat(b.linesTotal()).isEqualTo(35);
        assertThat(LeadScoreModel.qualificationText(b)).isEqualTo("Lead — follows the score");
        assertThat(LeadScoreModel.suggestionText(b)).isEmpty();
        assertThat(LeadScoreModel.canFollow(b)).isFalse();
        assertThat(model.thresholdsProperty().get()).isEqualTo(ScoreThresholds.DEFAULT);

        model.show(null);
        assertThat(model.breakdownProperty().get()).isNull();
        assertThat(model.leadProperty().get()).isNull();
        assertThat(changed).isEmpty();
    }

    @Test
    void theHintComparesTheChosenQualificationWithTheSuggestion() {
        model.show(grace(Qualification.LEAD));
        assertThat(model.hint(Qualification.LEAD)).isEmpty();
        assertThat(model.hint(Qualification.SQL)).isEqualTo("Score suggests Lead");
        assertThat(model.hint(Qualification.MQL)).isEqualTo("Score suggests Lead");
        // The score does not move customers and PQLs: no hint for them.
        assertThat(model.hint(Qualification.CUSTOMER)).isEmpty();
        assertThat(model.hint(Qualification.PQL)).isEmpty();
        assertThat(model.hint(null)).isEmpty();
    }

    @Test
    void aScoreThatMovesTheQualificationTellsTheDetailsTheyAreOutOfDate() {
        Lead grace = grace(Qualification.LEAD);
        model.show(grace);
        OffsetDateTime now = OffsetDateTime.now(TempApp.CLOCK);
        app.touches().log(grace.id(), TouchKind.MEETING, now, null);
        app.touches().log(grace.id(), TouchKind.MEETING, now, null);
        model.refresh();
        ScoreBreakdown b = model.breakdownProperty().get();
        assertThat(b.score()).isEqualTo(75);
        assertThat(b.qualification()).isEqualTo(Qualification.MQL);
        assertThat(changed).containsExactly(grace.id());

        model.refresh();
        assertThat(changed).as("told once per move").containsExactly(grace.id());
    }

    @Test
    void followScoreHandsAHandSetQualificationBackToTheScore() {
        Lead grace = grace(Qualification.SQL);
        model.show(grace);
        ScoreBreakdown handSet = model.breakdownProperty().get();
        assertThat(handSet.qualificationByHand()).isTrue();
        assertThat(LeadScoreModel.canFollow(handSet)).isTrue();
        assertThat(LeadScoreModel.qualificationText(handSet)).isEqualTo("SQL — set by hand");
        assertThat(LeadScoreModel.suggestionText(handSet)).isEqualTo("the score suggests Lead");

        model.followScore();
        ScoreBreakdown following = model.breakdownProperty().get();
        assertThat(following.qualificationByHand()).isFalse();
        assertThat(following.qualification()).isEqualTo(Qualification.LEAD);
        assertThat(app.leads().find(grace.id()).orElseThrow().data().qualification())
                .isEqualTo(Qualification.LEAD);
        assertThat(changed).containsExactly(grace.id());
        assertThat(model.followingProperty().get()).isFalse();
    }

    @Test
    void aCustomerIsSetByHandWithoutASuggestion() {
        ScoreBreakdown b = new ScoreBreakdown(1, 90, List.of(), Qualification.MQL, Qualification.CUSTOMER, true);
        assertThat(LeadScoreModel.qualificationText(b)).isEqualTo("Customer — set by hand");
        assertThat(LeadScoreModel.suggestionText(b)).isEmpty();
        assertThat(LeadScoreModel.canFollow(b)).isFalse();
    }
}
