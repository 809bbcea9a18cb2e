package app.leadkeeper.data;

import static app.leadkeeper.db.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Small named settings of the app, kept in the database so they travel with the data folder and its backups. */
public final class AppSettings {
    private final DSLContext dsl;

    public AppSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return dsl.select(APP_SETTING.SETTING_VALUE)
                .from(APP_SETTING)
                .where(APP_SETTING.SETTING_NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String name, String value) {
        dsl.mergeInto(APP_SETTING)
                .using(dsl.selectOne())
                .on(APP_SETTING.SETTING_NAME.eq(name))
                .whenMatchedThenUpdate()
                .set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_NAME, APP_SETTING.SETTING_VALUE)
                .values(name, value)
                .execute();
    }

    /**
     * Stores the value unless the setting is there already, and returns what is stored: the first writer wins, so
     * two threads creating a setting at once agree on it.
     */
    public String putIfAbsent(String name, String value) {
        dsl.insertInto(APP_SETTING, APP_SETTING.SETTING_NAME, APP_SETTING.SETTING_VALUE)
                .values(name, value)
                .onDuplicateKeyIgnore()
                .execute();
        return get(name).orElse(value);
    }
}
