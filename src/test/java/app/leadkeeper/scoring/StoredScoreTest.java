package app.leadkeeper.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score stored for a lead is the sum of its breakdown's lines, whichever touch kinds it has. */
class StoredScoreTest {
    @TempDir
    Path dir;

    @Test
    void aTouchOfOneKindCountsWhileTheOtherKindsHaveNone() {
        try (AppContext app = TempApp.open(dir)) {
            OffsetDateTime now = OffsetDateTime.now(TempApp.CLOCK);
            Lead grace = app.leads()
                    .create(TempApp.lead("Grace", "Hopper", "grace@navy.example")
                            .jobTitle("VP Engineering")
                            .build());
            app.touches().log(grace.id(), TouchKind.MEETING, now.minusDays(2), "Demo");

            ScoreBreakdown logged = app.scoring().breakdown(grace.id()).orElseThrow();
            // +15 VP, −10 no company, +20 a meeting (its decay rule: none of the other kinds were touched).
            assertThat(logged.linesTotal()).isEqualTo(25);
            assertThat(logged.score()).isEqualTo(25);

            app.scoring().rescoreAll(new app.leadkeeper.core.Progress());
            assertThat(app.scoring().breakdown(grace.id()).orElseThrow().score())
                    .isEqualTo(25);
        }
    }
}
