package app.leadkeeper.metrics;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.FxCoalesce;
import app.leadkeeper.ui.Module;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Channels destination: which channel brings leads and customers at what cost, for a period, with charts and the
 * forecast. The Spend and Traffic tabs belong to another feature: the window plugs them in with {@link #plug}, and
 * tells {@link #dataChanged} when leads, spend or traffic changed.
 */
public final class ChannelsModule implements Module {
    private final ChannelsModel model;
    private final ForecastModel forecast;
    private final Map<ChannelsTab, Plugged> plugged = new EnumMap<>(ChannelsTab.class);
    private final Runnable changed = FxCoalesce.of(this::reloadIfShown);
    private ChannelsView view;
    private boolean active;

    /** A plugged tab: its content is built with the Channels view (so not at start-up), then refreshed. */
    private record Plugged(Supplier<Node> build, Consumer<Node> refresh) {
        void into(ChannelsView view, ChannelsTab tab) {
            Node content = build.get();
            view.plug(tab, content, () -> refresh.accept(content));
        }
    }

    public ChannelsModule(MetricsService metrics, TaskRunner tasks, Consumer<Exception> errors) {
        this.model = new ChannelsModel(metrics, tasks, errors);
        this.forecast = new ForecastModel(metrics, tasks, errors);
    }

    @Override
    public String title() {
        return "Channels";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.INSIGHTS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ChannelsView(model, forecast);
            plugged.forEach((tab, p) -> p.into(view, tab));
            view.reload();
        }
        return view;
    }

    /**
     * Puts a view in one of the tabs (meant for {@link ChannelsTab#SPEND} and {@link ChannelsTab#TRAFFIC}; until then
     * those tabs are not shown). {@code refresh} runs on the FX thread whenever the tab is shown or the data changed
     * while it is.
     */
    public void plug(ChannelsTab tab, Node content, Runnable refresh) {
        Objects.requireNonNull(content);
        plug(tab, () -> content, node -> {
            if (refresh != null) {
                refresh.run();
            }
        });
    }

    /**
     * As {@link #plug(ChannelsTab, Node, Runnable)}, but the content is built only when the Channels view is: the
     * window starts without building views nobody has opened yet.
     */
    @SuppressWarnings("unchecked")
    public <T extends Node> void plug(ChannelsTab tab, Supplier<T> build, Consumer<T> refresh) {
        Objects.requireNonNull(tab);
        Objects.requireNonNull(build);
        Plugged p = new Plugged(build::get, node -> refresh.accept((T) node));
        plugged.put(tab, p);
        if (view != null) {
            p.into(view, tab);
        }
    }

    /**
     * Leads, spend or traffic changed: the view reads its figures again, once for a burst of calls, from any thread.
     * Off screen nothing is read; showing the module reads anyway.
     */
    public void dataChanged() {
        changed.run();
    }

    /** Coming back to the view reads the figures again: leads, channels or spend may have changed meanwhile. */
    @Override
    public void activate() {
        active = true;
        if (view != null) {
            view.reload();
        }
    }

    @Override
    public void deactivate() {
        active = false;
    }

    public ChannelsModel model() {
        return model;
    }

    public ForecastModel forecast() {
        return forecast;
    }

    private void reloadIfShown() {
        if (view != null && active) {
            view.reload();
        }
    }
}
