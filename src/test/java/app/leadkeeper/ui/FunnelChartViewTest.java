package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.funnel.FunnelChartView;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The funnel chart shows the period's figures and follows the period choice. */
@ExtendWith(ApplicationExtension.class)
class FunnelChartViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    FxTaskRunner tasks;
    FunnelChartView view;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TempApp.open(dir.resolve("data-" + System.nanoTime()));
        long won = app.stages().stages().stream()
                .filter(s -> s.name().equals("Won"))
                .findFirst()
                .orElseThrow()
                .id();
        OffsetDateTime recent = OffsetDateTime.now(TempApp.CLOCK).minusDays(10);
        for (int i = 0; i < 4; i++) {
            Lead lead = app.leads()
                    .create(LeadData.builder()
                            .fullName("Lead " + i)
                            .email("lead" + i + "@example.com")
                            .createdAt(recent)
                            .build());
            if (i == 0) {
                app.leads().moveToStage(lead.id(), won, StageOutcome.won(null, null));
            }
        }
        app.leads()
                .create(LeadData.builder()
                        .fullName("Old lead")
                        .email("old@example.com")
                        .createdAt(OffsetDateTime.parse("2020-01-01T10:00:00Z"))
                        .build());
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskRunner(1);
        view = new FunnelChartView(app.funnel(), app.channels(), tasks, e -> {}, TempApp.ZONE);
        Scene scene = new Scene(view, 1000, 600);
        scene.getStylesheets()
                .add(getClass().getResource("/app/leadkeeper/leadkeeper.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() {
        tasks.close();
        app.close();
    }

    @Test
    void showsTheFiguresOfThePeriodAndFollowsItsChoice(FxRobot robot) {
        Label summary = robot.lookup("#funnelSummary").queryAs(Label.class);
        waitUntil("the last twelve months show", () -> onFx(summary::getText).startsWith("4 leads"));
        assertThat(onFx(summary::getText)).contains("1 won", "lead to customer 25.0 %");
        VBox bars = robot.lookup("#funnelBars").queryAs(VBox.class);
        // New, Engaged, Qualified, Proposal and Won: the lost stage shows as the reasons list, not a bar.
        assertThat(onFx(() -> bars.getChildren().size())).isEqualTo(5);
        Snapshots.save(stage.getScene(), "funnel-chart");

        onFx(() -> {
            robot.lookup("#funnelPeriod")
                    .<ComboBox<Object>>query()
                    .getSelectionModel()
                    .select(5); // All time
            return null;
        });
        waitUntil(
                "all time counts the old lead too", () -> onFx(summary::getText).startsWith("5 leads"));
    }
}
