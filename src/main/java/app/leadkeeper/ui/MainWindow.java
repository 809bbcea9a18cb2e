package app.leadkeeper.ui;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Log;
import app.leadkeeper.core.Progress;
import app.leadkeeper.demo.DemoLoader;
import app.leadkeeper.exporting.ExportActions;
import app.leadkeeper.funnel.FunnelModule;
import app.leadkeeper.importing.ImportModule;
import app.leadkeeper.leads.LeadsModule;
import app.leadkeeper.metrics.ChannelsModule;
import app.leadkeeper.metrics.ChannelsTab;
import app.leadkeeper.nurture.NurtureLeadActivity;
import app.leadkeeper.nurture.NurtureModule;
import app.leadkeeper.privacy.PrivacyActions;
import app.leadkeeper.scoring.ScoringLeadScoring;
import app.leadkeeper.settings.BackupsModel;
import app.leadkeeper.settings.CadencesModel;
import app.leadkeeper.settings.ChannelsModel;
import app.leadkeeper.settings.ScoringModel;
import app.leadkeeper.settings.SettingsModel;
import app.leadkeeper.settings.SettingsModule;
import app.leadkeeper.settings.StagesModel;
import app.leadkeeper.spend.SpendLedgerView;
import app.leadkeeper.spend.TrafficView;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menu bar, navigation sidebar, the current module's view, and notifications over it. */
public final class MainWindow {
    private volatile boolean disposed;
    /** What starts once the window is usable (see {@link #show}); set by the constructor, run once. */
    private final Runnable startWork;

    private boolean workStarted;

    private final Stage stage;
    private final FxTaskRunner tasks = new FxTaskRunner(2);
    private final Navigator navigator;
    private final ThemeManager themes;
    private final StackPane content = new StackPane();
    private final LeadsModule leads;
    private final ExportActions exports;
    private final PrivacyActions privacy;
    private final NurtureModule nurture;
    private final ChannelsModule channels;
    private static final int DEMO_LEADS = 1_000;
    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");

    /** A window that starts in the system's theme (tests, and callers that read no stored choice). */
    public MainWindow(AppContext context, Stage stage) {
        this(context, stage, Theme.SYSTEM);
    }

    /** @param theme the user's stored theme, read off the FX thread ({@link ThemeManager#stored}) */
    public MainWindow(AppContext context, Stage stage, Theme theme) {
        this(context, stage, theme, uri -> Log.warn("No program to open " + uri));
    }

    /**
     * @param theme the user's stored theme, read off the FX thread ({@link ThemeManager#stored})
     * @param openUri opens a link in the user's own programs (the app passes {@code HostServices::showDocument}); a
     *     task's "Compose" hands it a {@code mailto:} link
     */
    public MainWindow(AppContext context, Stage stage, Theme theme, Consumer<String> openUri) {
        this(context, stage, theme, openUri, backup -> {
            throw new app.leadkeeper.core.UserException(
                    "This window cannot restore backups; use: leadkeeper restore " + backup);
        });
    }

    /**
     * @param restoreAndReopen closes this window's data, puts a checked backup in place and opens a new window on it
     *     (the application does it: it owns the data's lifetime)
     */
    public MainWindow(
            AppContext context,
            Stage stage,
            Theme theme,
            Consumer<String> openUri,
            Consumer<java.nio.file.Path> restoreAndReopen) {
        this.stage = stage;
        this.themes = new ThemeManager(context.settings(), tasks, theme);
        DialogService dialogs = new DialogService(stage, context.folder().logs().resolve("leadkeeper-0.log"));
        StackPane layers = new StackPane(content);
        Toasts toasts = new Toasts(layers);
        Consumer<Exception> errors = e -> dialogs.showError("That did not work", e);
        ZoneId zone = context.clock().getZone();
        LeadsModule[] self = new LeadsModule[1];
        Runnable demo = () -> loadDemo(context, dialogs, () -> {
            self[0].model().reloadChoices();
            self[0].model().refresh();
        });
        Runnable[] openImport = new Runnable[1];
        NurtureLeadActivity activity = new NurtureLeadActivity(
                context.touches(),
                context.tasks(),
                context.cadences(),
                tasks,
                toasts,
                errors,
                context.clock(),
                () -> stage);
        // Scoring in the Leads view: the Score tab, the score column, the hint beside the qualification.
        ScoringLeadScoring scoring = new ScoringLeadScoring(context.scoring(), context.touches(), tasks, errors);
        this.leads = new LeadsModule(
                context.leads(),
                context.channels(),
                context.stages(),
                tasks,
                toasts,
                errors,
                zone,
                demo,
                () -> openImport[0].run(),
                activity,
                scoring,
                this::newTaskFor);
        self[0] = leads;
        // Exports: "Export this view…" in the Leads view, "Export report…" in the File menu.
        this.exports =
                new ExportActions(context.exports(), tasks, toasts, dialogs, () -> stage, openUri, context.clock());
        leads.setExport(exports);
        // A person's rights over their data: "Export this person's data…" and "Erase this person…".
        this.privacy = new PrivacyActions(context.privacy(), tasks, toasts, dialogs, () -> stage, openUri);
        leads.setPrivacy(privacy);
        // A rescore, saved rules or "Follow score" move many scores and qualifications: the table reads them again.
        context.scoring().addListener(FxCoalesce.of(leads::scoresChanged));
        // The touch counts in the leads table follow touches logged anywhere (completing a task logs one too).
        Runnable touched = FxCoalesce.of(leads::touchesChanged);
        context.touches().addListener(touched);
        context.tasks().addListener(touched);
        // The stage filter of the leads table follows edits of the pipeline in Settings.
        context.stages()
                .addListener(() ->
                        javafx.application.Platform.runLater(() -> leads.model().reloadChoices()));
        this.channels = new ChannelsModule(context.metrics(), tasks, errors);
        // A rescore moves qualifications (MQLs, SQLs); a deleted stage moves leads: the metrics read again.
        context.scoring().addListener(channels::dataChanged);
        context.stages().addListener(channels::dataChanged);
        // The spend ledger and the traffic figures are tabs of the Channels view; what they change, the metrics show.
        channels.plug(
                ChannelsTab.SPEND,
                () -> {
                    SpendLedgerView view = new SpendLedgerView(
                            context.spend(), context.channels(), tasks, dialogs, toasts, context.clock());
                    view.setOnChanged(channels::dataChanged);
                    return view;
                },
                SpendLedgerView::refresh);
        channels.plug(
                ChannelsTab.TRAFFIC,
                () -> {
                    TrafficView view = new TrafficView(
                            context.traffic(), context.channels(), tasks, dialogs, toasts, context.clock());
                    view.setOnChanged(channels::dataChanged);
                    return view;
                },
                TrafficView::refresh);
        ImportModule imports = new ImportModule(
                context.imports(),
                context.spendImports(),
                tasks,
                errors,
                () -> {
                    leads.model().reloadChoices();
                    leads.model().refresh();
                    // The Channels view may be the one shown while an import runs to its end.
                    channels.dataChanged();
                },
                () -> stage);
        SettingsModule settings = new SettingsModule(
                new SettingsModel(
                        context.leads(), context.settings(), context.folder().path(), tasks, errors),
                new StagesModel(context.stages(), tasks, errors),
                new CadencesModel(context.cadences(), context.stages(), tasks, errors),
                new ScoringModel(context.scoring(), tasks, errors),
                new ChannelsModel(context.channels(), tasks, errors),
                new BackupsModel(context.backups(), tasks, errors, restoreAndReopen, zone),
                themes.themeProperty());
        FunnelModule funnel = new FunnelModule(
                context.board(), context.funnel(), context.channels(), tasks, toasts, errors, context.clock());
        this.nurture = new NurtureModule(
                context.tasks(),
                context.leads(),
                tasks,
                toasts,
                errors,
                context.clock(),
                stage,
                openUri,
                this::openLead,
                this::showNurture);
        this.navigator = new Navigator(List.of(leads, funnel, nurture, channels, imports, settings));
        openImport[0] = () -> {
            navigator.navigate(imports);
            imports.model().restart();
        };

        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(menuBar());
        root.setLeft(sidebar());
        root.setCenter(layers);
        navigator
                .currentProperty()
                .addListener((obs, old, now) -> content.getChildren().setAll(now.view()));
        navigator.navigate(leads);

        // Never larger than the screen: a 1366x768 laptop gets a window that fits.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene =
                new Scene(root, Math.min(1280, screen.getWidth() * 0.95), Math.min(800, screen.getHeight() * 0.95));
        scene.getStylesheets()
                .add(MainWindow.class
                        .getResource("/app/leadkeeper/leadkeeper.css")
                        .toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Leadkeeper");
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
        this.startWork = () -> {
            // The search index, the day's rescore and backup read every lead: they start once the first page is on
            // screen, not while the window is being built and drawn (search uses SQL until the index is loaded).
            tasks.run(() -> {
                        context.leads().loadSearchIndex();
                        return null;
                    })
                    .onError(errors)
                    .start();
            // Scores hang on the date (decay, burst windows) and on rules saved since: rescored once a day, in the
            // background; the views refresh when it is done (the scoring service's listeners).
            tasks.run(() -> context.scoring().rescoreIfStale(new Progress()))
                    .onError(errors)
                    .start();
            // The day's backup, on the day's first start (before-import backups count: one a day is enough).
            tasks.run(() -> context.backups().dailyIfDue()).onError(errors).start();
            // The sidebar badge and the reminders: a first check now, then every half minute until dispose().
            nurture.start();
            // The window's icons: decoding and scaling them for the window manager is not needed for the first frame.
            for (int size : new int[] {32, 64, 256}) {
                var icon = MainWindow.class.getResourceAsStream("/app/leadkeeper/icons/icon-" + size + ".png");
                if (icon != null) {
                    stage.getIcons().add(new javafx.scene.image.Image(icon));
                }
            }
        };
    }

    /** Shows a lead in the Leads view (a task's "Open lead"). */
    private void openLead(long id) {
        navigator.navigate(leads);
        leads.showLead(id);
    }

    /** "New task" on a lead (Ctrl+T in the Leads view): the Nurture view's task dialog, with the lead fixed. */
    private void newTaskFor(long leadId, String leadName) {
        nurture.newTaskFor(leadId, leadName);
    }

    private void showNurture() {
        navigator.navigate(nurture);
    }

    /** Adds demo leads in the background, with progress and Cancel; what was added before a cancel stays. */
    private void loadDemo(AppContext context, DialogService dialogs, Runnable done) {
        Progress progress = new Progress();
        ProgressDialog dialog = new ProgressDialog(stage, "Adding demo leads", progress);
        dialog.show();
        DemoLoader loader = DemoLoader.of(context);
        tasks.run(() -> loader.add(DEMO_LEADS, System.nanoTime(), step -> {
                    progress.checkCancelled();
                    progress.update(
                            step.added() / (double) step.total(),
                            String.format("%,d of %,d leads", step.added(), step.total()));
                }))
                .onError(e -> {
                    if (!(e instanceof Progress.CancelledException)) {
                        dialogs.showError("Could not add the demo leads", e);
                    }
                })
                .andFinally(() -> {
                    dialog.close();
                    done.run();
                })
                .start();
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        MenuItem report = new MenuItem("Export report…");
        report.setAccelerator(
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        report.setOnAction(e -> exports.exportReport());
        file.getItems().addAll(report, new SeparatorMenuItem());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> quit());
        file.getItems().addAll(quit);

        Menu view = new Menu("_View");
        int number = 1;
        for (Module module : navigator.modules()) {
            MenuItem go = new MenuItem(module.title());
            go.setAccelerator(new KeyCodeCombination(
                    KeyCode.getKeyCode(Integer.toString(number++)), KeyCombination.SHORTCUT_DOWN));
            go.setOnAction(e -> navigator.navigate(module));
            view.getItems().add(go);
        }
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem("Theme: " + theme);
            item.setToggleGroup(themeGroup);
            item.setSelected(themes.themeProperty().get() == theme);
            item.setOnAction(e -> themes.themeProperty().set(theme));
            themes.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
            view.getItems().add(item);
        }

        List<Menu> menus = new ArrayList<>(List.of(file));
        for (Module module : navigator.modules()) {
            List<MenuItem> items = module.menuItems();
            if (!items.isEmpty()) {
                // A module's command shows the module first, wherever the user is.
                items.forEach(
                        item -> item.addEventHandler(javafx.event.ActionEvent.ACTION, e -> navigator.navigate(module)));
                Menu menu = new Menu(module.title());
                menu.getItems().setAll(items);
                menus.add(menu);
            }
        }
        menus.add(view);
        MenuBar bar = new MenuBar();
        bar.getMenus().setAll(menus);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private VBox sidebar() {
        Label brand = new Label("Leadkeeper");
        brand.getStyleClass().add("brand");
        VBox side = new VBox(4, brand);
        side.getStyleClass().add("sidebar");
        side.setPadding(new Insets(16, 10, 16, 10));
        side.setPrefWidth(190);
        ToggleGroup group = new ToggleGroup();
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        for (Module module : navigator.modules()) {
            ToggleButton button = new ToggleButton(module.title(), new FontIcon(module.icon()));
            button.setId("nav-" + module.title().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> navigator.navigate(module));
            navigator.currentProperty().addListener((obs, old, now) -> button.setSelected(now == module));
            if (module.title().equals("Settings")) {
                side.getChildren().add(spacer);
            }
            side.getChildren().add(withBadge(button, module));
        }
        return side;
    }

    /** The button with the module's badge over its right end, when the module has one. */
    private static javafx.scene.Node withBadge(ToggleButton button, Module module) {
        ObservableValue<Badge> badge = module.badge();
        if (badge == null) {
            return button;
        }
        Label count = new Label();
        count.setId("badge-" + button.getId().substring("nav-".length()));
        count.getStyleClass().add("nav-badge");
        count.setMouseTransparent(true);
        count.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        Runnable show = () -> {
            Badge now = badge.getValue();
            count.setText(now == null ? "" : now.text());
            count.setVisible(now != null);
            count.pseudoClassStateChanged(URGENT, now != null && now.urgent());
            tip.setText(now == null ? null : now.description());
            button.setTooltip(now == null ? null : tip);
        };
        badge.addListener((obs, old, now) -> show.run());
        show.run();
        StackPane.setAlignment(count, Pos.CENTER_RIGHT);
        StackPane.setMargin(count, new Insets(0, 10, 0, 0));
        return new StackPane(button, count);
    }

    /** Exporting a person's data and erasing them (tests replace the save dialog). */
    public PrivacyActions privacy() {
        return privacy;
    }

    /** The window's exports (tests replace the save dialog). */
    public ExportActions exports() {
        return exports;
    }

    public javafx.beans.property.ObjectProperty<Theme> themeProperty() {
        return themes.themeProperty();
    }

    public Navigator navigator() {
        return navigator;
    }

    /**
     * Shows the window. The work that reads every lead (search index, the day's rescore and backup) and the reminders
     * start once it is usable.
     */
    public void show() {
        stage.show();
        whenUsable(() -> {
            if (!disposed && !workStarted) {
                workStarted = true;
                startWork.run();
            }
        });
    }

    /**
     * Runs {@code then} on the FX thread once the window is usable: shown, and the Leads table's first page loaded and
     * laid out for drawing (at once if it already is).
     */
    public void whenUsable(Runnable then) {
        var loading = leads.model().loadingProperty();
        if (!loading.get()) {
            afterNextPulse(then);
            return;
        }
        loading.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    afterNextPulse(then);
                }
            }
        });
    }

    /** Runs {@code then} once the next pulse has laid out (and so is about to draw) the scene. */
    private void afterNextPulse(Runnable then) {
        Scene scene = stage.getScene();
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Ends the app as File › Quit does. The window closes first, as the close button does: glass closing a still-open
     * window while the toolkit terminates crashed now and then in GTK (seen when the start-up probe quit right after
     * the first frame).
     */
    public void quit() {
        stage.hide();
        Platform.exit();
    }

    public NurtureModule nurture() {
        return nurture;
    }

    /** The Channels view's module: the window plugs the spend and traffic views in here. */
    public ChannelsModule channels() {
        return channels;
    }

    public void dispose() {
        disposed = true;
        nurture.stop();
        tasks.close();
    }
}
