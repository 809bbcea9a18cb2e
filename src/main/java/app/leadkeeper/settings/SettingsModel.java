package app.leadkeeper.settings;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.data.AppSettings;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.spend.Currency;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings that are not a feature's own: phone region, the folder's currency and where the data lives. The theme
 * lives in ThemeManager.
 */
public final class SettingsModel {
    private final StringProperty phoneRegion = new SimpleStringProperty();
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currencyMessage = new ReadOnlyStringWrapper("");
    /** null until read off the FX thread. */
    private final StringProperty currency = new SimpleStringProperty();
    /** The code last read or stored: choosing it again writes nothing. */
    private String storedCurrency;

    public SettingsModel(
            LeadService leads, AppSettings settings, Path folder, TaskRunner tasks, Consumer<Exception> errors) {
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
        tasks.run(() -> Currency.code(settings))
                .onSuccess(code -> {
                    storedCurrency = code;
                    currency.set(code);
                })
                .onError(errors)
                .start();
        currency.addListener((obs, old, now) -> {
            if (now == null || now.equals(storedCurrency)) {
                return;
            }
            tasks.run(() -> {
                        Currency.set(settings, now);
                        return now;
                    })
                    .onSuccess(code -> {
                        storedCurrency = code;
                        currencyMessage.set("Amounts are now shown in " + code
                                + ". Amounts already entered keep their numbers: nothing is converted.");
                    })
                    .onError(e -> {
                        currency.set(storedCurrency);
                        errors.accept(e);
                    })
                    .start();
        });
    }

    /** What the last change of currency did. */
    public ReadOnlyStringProperty currencyMessageProperty() {
        return currencyMessage.getReadOnlyProperty();
    }

    /** The data folder's currency code (ISO 4217); setting it stores it. */
    public StringProperty currencyProperty() {
        return currency;
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
