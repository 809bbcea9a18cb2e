package app.leadkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.LeadStatus;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.nurture.TaskList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk path under the demo data: LeadService.addAll on a real H2 file database. */
class DemoLoaderTest {
    @TempDir
    Path dir;

    private AppContext app;
    private LeadService leads;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), DemoLeadGeneratorTest.CLOCK);
        leads = app.leads();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void addsTheLeadsInBatchesAndReportsProgress() {
        List<Long> progress = new ArrayList<>();
        List<String> seeded = app.channels().all().stream().map(c -> c.name()).toList();

        new DemoLoader(leads, app.channels(), DemoLeadGeneratorTest.CLOCK)
                .add(DemoLoader.BATCH_SIZE + 50, 1, p -> progress.add(p.added()));

        assertThat(leads.count(LeadFilter.NONE)).isEqualTo(DemoLoader.BATCH_SIZE + 50L);
        assertThat(progress).containsExactly((long) DemoLoader.BATCH_SIZE, DemoLoader.BATCH_SIZE + 50L);
        // The demo's channels join the seeded ones; a demo channel of a seeded name is the seeded one.
        java.util.Set<String> expected = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        expected.addAll(seeded);
        java.util.Arrays.stream(DemoChannel.values()).map(DemoChannel::label).forEach(expected::add);
        assertThat(app.channels().all()).extracting(c -> c.name()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(leads.allTags()).contains("vip", "newsletter");
    }

    @Test
    void demoLeadsOfAnAppComeWithTouchesAndTasksInEveryList() {
        DemoLoader.of(app).add(600, 7, p -> {});

        List<LeadRow> rows = leads.page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(600))
                .rows();
        java.util.Map<Long, Integer> touches =
                app.touches().counts(rows.stream().map(LeadRow::id).toList());
        // Every demo lead has at least its form submission; won leads have five or more.
        assertThat(touches).hasSize(600);
        rows.stream()
                .filter(r -> r.status() == LeadStatus.WON)
                .forEach(r -> assertThat(touches.get(r.id())).isGreaterThanOrEqualTo(5));
        var counts = app.tasks().counts();
        assertThat(counts.overdue()).isPositive();
        assertThat(counts.upcoming7Days()).isPositive();
        assertThat(app.tasks().list(TaskList.DONE)).isNotEmpty();
        assertThat(app.tasks().list(TaskList.UPCOMING))
                .allSatisfy(t -> assertThat(t.title()).isNotBlank());
    }

    @Test
    void addAllStoresEveryFieldTagsAndCustomFieldsAndReturnsIdsInOrder() {
        LeadData first = LeadData.builder()
                .firstName("Łukasz")
                .lastName("Wiśniewski")
                .email("lukasz@example.pl")
                .phone("+48 512 345 678")
                .tags(List.of("vip", "VIP", "event-2026"))
                .customFields(Map.of("Preferred contact time", "Morning"))
                .build();
        LeadData second = LeadData.builder().fullName("佐藤 太郎").build();

        long[] ids = leads.addAll(List.of(first, second));

        Lead stored = leads.find(ids[0]).orElseThrow();
        assertThat(stored.data().lastName()).isEqualTo("Wiśniewski");
        assertThat(stored.phoneE164()).isEqualTo("+48512345678");
        assertThat(stored.data().tags()).containsExactly("event-2026", "vip");
        assertThat(stored.data().customFields()).containsEntry("Preferred contact time", "Morning");
        assertThat(leads.find(ids[1]).orElseThrow().data().fullName()).isEqualTo("佐藤 太郎");
        assertThat(ids[1]).isGreaterThan(ids[0]);
    }

    @Test
    void oneInvalidLeadRefusesTheWholeBatchAndNamesIt() {
        LeadData good =
                LeadData.builder().firstName("Anna").email("anna@example.com").build();
        LeadData bad = LeadData.builder()
                .firstName("Jan")
                .lastName("Kowalski")
                .email("jan@@example")
                .build();

        assertThatThrownBy(() -> leads.addAll(List.of(good, bad)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Lead 2 of 2")
                .hasMessageContaining("Jan Kowalski")
                .hasMessageContaining("Email");
        assertThat(leads.count(LeadFilter.NONE)).isZero();
    }

    @Test
    void leadsAddedAfterTheIndexIsBuiltAreFoundThroughIt() {
        leads.loadSearchIndex();

        leads.addAll(List.of(
                LeadData.builder().firstName("Zebulon").lastName("Quaxley").build()));

        assertThat(leads.count(LeadFilter.NONE.withSearch("quaxl"))).isEqualTo(1);
    }
}
