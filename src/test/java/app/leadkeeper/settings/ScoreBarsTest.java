package app.leadkeeper.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.scoring.ScoreHistogram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreBarsTest {

    @Test
    void everyBucketBetweenTheLowestAndHighestScoreGetsABarEmptyOnesToo() {
        List<ScoreBar> bars =
                ScoreBars.of(new ScoreHistogram(Map.of(-10, 2L, 20, 1L)), new ScoreHistogram(Map.of(0, 1L, 40, 2L)));

        assertThat(bars).extracting(ScoreBar::low).containsExactly(-10, 0, 10, 20, 30, 40);
        assertThat(bars).extracting(ScoreBar::now).containsExactly(2L, 0L, 0L, 1L, 0L, 0L);
        assertThat(bars).extracting(ScoreBar::draft).containsExactly(0L, 1L, 0L, 0L, 0L, 2L);
        assertThat(bars.getFirst().label()).isEqualTo("−10");
        assertThat(bars.getFirst().range()).isEqualTo("−10 to −1 points");
    }

    @Test
    void aWideSpreadIsMergedIntoFewerWiderBarsKeepingEveryLead() {
        ScoreHistogram now = new ScoreHistogram(Map.of(-200, 1L, 0, 5L, 10, 5L, 990, 3L));
        ScoreHistogram draft = new ScoreHistogram(Map.of(500, 4L, 510, 6L));

        List<ScoreBar> bars = ScoreBars.of(now, draft);

        // −200 to 999 in 10s would be 120 bars, in 20s 60: in 50s it is 24.
        assertThat(bars).hasSize(ScoreBars.MAX_BARS);
        assertThat(bars.getFirst().high() - bars.getFirst().low() + 1).isEqualTo(50);
        assertThat(bars).extracting(ScoreBar::low).startsWith(-200, -150, -100).endsWith(950);
        assertThat(bars.stream().mapToLong(ScoreBar::now).sum()).isEqualTo(14);
        assertThat(bars.stream().mapToLong(ScoreBar::draft).sum()).isEqualTo(10);
        assertThat(bars.get(4).now()).isEqualTo(10);
        assertThat(bars.get(14).draft()).isEqualTo(10);
    }

    @Test
    void noLeadsNoBars() {
        assertThat(ScoreBars.of(ScoreHistogram.EMPTY, ScoreHistogram.EMPTY)).isEmpty();
        assertThat(ScoreBars.width(0, 230)).isEqualTo(10);
        assertThat(ScoreBars.width(0, 240)).isEqualTo(20);
        assertThat(ScoreBars.width(-100_000, 100_000)).isEqualTo(10_000);
    }
}
