package app.leadkeeper.settings;

import app.leadkeeper.ui.Module;
import app.leadkeeper.ui.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The Settings destination. */
public final class SettingsModule implements Module {
    private final SettingsModel model;
    private final StagesModel stages;
    private final CadencesModel cadences;
    private final ScoringModel scoring;
    private final ChannelsModel channels;
    private final BackupsModel backups;
    private final ObjectProperty<Theme> theme;
    private SettingsView view;

    public SettingsModule(
            SettingsModel model,
            StagesModel stages,
            CadencesModel cadences,
            ScoringModel scoring,
            ChannelsModel channels,
            BackupsModel backups,
            ObjectProperty<Theme> theme) {
        this.backups = backups;
        this.model = model;
        this.channels = channels;
        this.stages = stages;
        this.cadences = cadences;
        this.scoring = scoring;
        this.theme = theme;
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedMZ.SETTINGS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new SettingsView(model, stages, cadences, scoring, channels, backups, theme);
        }
        return view;
    }

    /**
     * Lead counts change elsewhere (board, import), so the pipeline is read again each time Settings shows; the
     * cadences and the scoring rules too, keeping a draft with unsaved changes.
     */
    @Override
    public void activate() {
        stages.load();
        cadences.load();
        backups.load();
        scoring.load();
        channels.load();
    }
}
