package app.leadkeeper.settings;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.ChannelMapping;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.channels.Direction;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.TextKeys;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The channel settings: the channels with their category and direction, and the source values imports brought with
 * the channel each maps to. Commands run off the FX thread and reload both lists afterwards.
 */
public final class ChannelsModel {
    private final ChannelService channels;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final ObservableList<Channel> channelRows = FXCollections.observableArrayList();
    private final ObservableList<ChannelMapping> mappingRows = FXCollections.observableArrayList();
    private final FilteredList<ChannelMapping> shownMappings = new FilteredList<>(mappingRows);
    private final BooleanProperty onlyUnmapped = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ChannelsModel(ChannelService channels, TaskRunner tasks, Consumer<Exception> errors) {
        this.channels = channels;
        this.tasks = tasks;
        this.errors = errors;
        onlyUnmapped.addListener((obs, old, now) -> shownMappings.setPredicate(now ? m -> !m.mapped() : null));
    }

    public ObservableList<Channel> channels() {
        return FXCollections.unmodifiableObservableList(channelRows);
    }

    /** The source values shown: all, or only those set to no channel. */
    public ObservableList<ChannelMapping> mappings() {
        return shownMappings;
    }

    public BooleanProperty onlyUnmappedProperty() {
        return onlyUnmapped;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void load() {
        execute(() -> null);
    }

    public void add(String name, ChannelCategory category, Direction direction) {
        execute(() ->
                "Added the channel “" + channels.add(name, category, direction).name() + "”.");
    }

    public void update(long id, String name, ChannelCategory category, Direction direction) {
        execute(() -> "Saved the channel “"
                + channels.update(id, name, category, direction).name() + "”.");
    }

    /** Points a source value at a channel (null: no channel). */
    public void map(ChannelMapping mapping, Channel channel) {
        execute(() -> {
            channels.map(mapping.valueKey(), channel == null ? null : channel.id());
            return "Later imports file “" + mapping.value() + "” under "
                    + (channel == null ? "no channel." : "“" + channel.name() + "”.");
        });
    }

    /** Why a name cannot be used for the channel {@code id} (0 for a new one), or empty. */
    public Optional<String> nameProblem(String name, long id) {
        String clean = TextKeys.clean(name);
        if (clean == null) {
            return Optional.of("A channel needs a name.");
        }
        if (clean.length() > 200) {
            return Optional.of("At most 200 characters.");
        }
        String key = TextKeys.fold(clean);
        return channelRows.stream()
                        .anyMatch(c -> c.id() != id && TextKeys.fold(c.name()).equals(key))
                ? Optional.of("There is already a channel called “" + clean + "”.")
                : Optional.empty();
    }

    private record Loaded(List<Channel> channels, List<ChannelMapping> mappings, String message) {}

    private void execute(Callable<String> command) {
        tasks.run(() -> {
                    String text = command.call();
                    return new Loaded(channels.all(), channels.mappings(), text);
                })
                .onSuccess(loaded -> {
                    channelRows.setAll(loaded.channels());
                    mappingRows.setAll(loaded.mappings());
                    if (loaded.message() != null) {
                        message.set(loaded.message());
                    }
                })
                .onError(errors)
                .start();
    }
}
