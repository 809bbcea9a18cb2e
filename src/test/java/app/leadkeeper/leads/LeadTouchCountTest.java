package app.leadkeeper.leads;

import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.funnel.BoardCard;
import app.leadkeeper.funnel.BoardFilter;
import app.leadkeeper.funnel.BoardQuery;
import app.leadkeeper.nurture.TaskDraft;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.nurture.TaskPriority;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.nurture.TouchService;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The touch count read with a page of the table and a lane of the board, on a real H2 file database. */
class LeadTouchCountTest {
    @TempDir
    Path dir;

    AppContext app;
    long ada;
    long alan;
    long grace;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        ada = app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com").build())
                .id();
        alan = app.leads()
                .create(lead("Alan", "Turing", "alan@example.com").build())
                .id();
        grace = app.leads()
                .create(lead("Grace", "Hopper", "grace@example.com").build())
                .id();
        TouchService touches = app.touches();
        touches.log(ada, TouchKind.CALL, null, "first call");
        touches.log(ada, TouchKind.EMAIL_SENT, TempApp.at("2026-11-01T09:00:00+01:00"), null);
        // Completing a task logs a touch as well.
        long task = app.tasks()
                .create(new TaskDraft(
                        ada,
                        "Call Ada",
                        TaskKind.CALL,
                        TaskPriority.NORMAL,
                        TempApp.at("2026-11-21T09:00:00+01:00"),
                        null))
                .id();
        app.tasks().complete(List.of(task));
        for (int i = 0; i < 8; i++) {
            touches.log(grace, TouchKind.NOTE, null, "note " + i);
        }
        // A touch on another lead, deleted again, counts for nobody.
        touches.delete(touches.log(alan, TouchKind.MEETING, null, null).id());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everyPageCarriesTheTouchCountsOfItsLeads() {
        Map<Long, Integer> expected = Map.of(ada, 3, alan, 0, grace, 8);
        for (LeadSortField field : LeadSortField.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                LeadSort sort = new LeadSort(field, ascending);
                assertThat(counts(app.leads().page(LeadFilter.NONE, sort, PageRequest.first(100))))
                        .as(sort.toString())
                        .isEqualTo(expected);
                Map<Long, Integer> last = counts(app.leads().page(LeadFilter.NONE, sort, PageRequest.last(2)));
                assertThat(last).as(sort + ", last page").hasSize(2);
                assertThat(expected).containsAllEntriesOf(last);
            }
        }
        long newStage = app.stages().stages().getFirst().id();
        assertThat(counts(app.leads().page(LeadFilter.NONE.withStage(newStage), LeadSort.NEWEST_FIRST, first())))
                .as("a stage filter, which H2 sorts itself")
                .isEqualTo(expected);
        assertThat(counts(app.leads().page(LeadFilter.NONE.withSearch("ada"), LeadSort.NEWEST_FIRST, first())))
                .isEqualTo(Map.of(ada, 3));
    }

    @Test
    void pagesPickedFromTheSortIndexCarryTheirCountsToo() {
        // More ids than MANY_IDS take the other path: the page's ids from the sort index, then those rows by id.
        List<Long> ids = new ArrayList<>(List.of(ada, alan, grace));
        LongStream.rangeClosed(1, LeadRepository.MANY_IDS).forEach(i -> ids.add(-i));
        LeadPage page = new LeadRepository()
                .page(
                        app.database().dsl(),
                        LeadCriteria.ALL.withIds(ids),
                        new LeadSort(LeadSortField.NAME, true),
                        first());
        assertThat(page.rows())
                .extracting(LeadRow::name)
                .containsExactly("Grace Hopper", "Ada Lovelace", "Alan Turing");
        assertThat(counts(page)).isEqualTo(Map.of(ada, 3, alan, 0, grace, 8));
    }

    @Test
    void boardCardsCarryTheirTouchCounts() {
        long newStage = app.stages().stages().getFirst().id();
        List<BoardCard> cards =
                new BoardQuery(TempApp.ZONE).page(app.database().dsl(), newStage, BoardFilter.NONE, null, 10);
        assertThat(cards.stream().collect(Collectors.toMap(BoardCard::id, BoardCard::touches)))
                .isEqualTo(Map.of(ada, 3, alan, 0, grace, 8));
        // A moved card keeps its count.
        assertThat(cards.getFirst().inStage(newStage + 1).touches())
                .isEqualTo(cards.getFirst().touches());
    }

    @Test
    void theTableAndTheBoardCountTowardTheSameRuleOfSeven() {
        assertThat(TouchProgress.GOAL).isEqualTo(TouchService.RULE_OF_SEVEN);
        assertThat(TouchProgress.compact(3)).isEqualTo("3/7");
        assertThat(TouchProgress.compact(9)).isEqualTo("9");
        assertThat(TouchProgress.fraction(9)).isEqualTo(1.0);
        assertThat(TouchProgress.sentence(1)).isEqualTo("1 of 7 touches");
        assertThat(TouchProgress.sentence(0)).isEqualTo("No touches yet");
    }

    private static PageRequest first() {
        return PageRequest.first(100);
    }

    private static Map<Long, Integer> counts(LeadPage page) {
        return page.rows().stream().collect(Collectors.toMap(LeadRow::id, LeadRow::touches));
    }
}
