package app.leadkeeper.settings;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.LeadService;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Settings that are not a feature's own: phone region and where the data lives. The theme lives in ThemeManager. */
public final class SettingsModel {
    private final StringProperty phoneRegion = new SimpleStringProperty();
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsModel(LeadService leads, Path folder, TaskRunner tasks, Consumer<Exception> errors) {
        phoneRegion.set(leads.phoneRegion());
        dataFolder.set(folder.toString());
        phoneRegion.addListener((obs, old, now) -> {
            if (now == null || now.equals(leads.phoneRegion())) {
                return;
            }
            tasks.run(() -> {
                        leads.setPhoneRegion(now);
                        return now;
                    })
                    .onSuccess(region -> message.set("Numbers without a country code are now read as " + region + "."))
                    .onError(errors)
                    .start();
        });
    }

    public StringProperty phoneRegionProperty() {
        return phoneRegion;
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
