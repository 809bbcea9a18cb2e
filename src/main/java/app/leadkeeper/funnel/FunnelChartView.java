package app.leadkeeper.funnel;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.layout.BorderPane;

/** The funnel chart of a period: reached per stage, conversion, median days in stage, lost reasons. */
public final class FunnelChartView extends BorderPane {
    public FunnelChartView(
            FunnelService funnel, ChannelService channels, TaskRunner tasks, Consumer<Exception> errors, ZoneId zone) {
        getStyleClass().add("funnel-chart-view");
    }

    /** Recomputes the figures (after leads or stages changed). */
    public void refresh() {}
}
