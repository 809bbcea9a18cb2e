package app.leadkeeper.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Which module is on screen. */
public final class Navigator {
    private final List<Module> modules;
    private final ReadOnlyObjectWrapper<Module> current = new ReadOnlyObjectWrapper<>();

    public Navigator(List<Module> modules) {
        this.modules = List.copyOf(modules);
        current.addListener((obs, old, now) -> {
            if (old != null) {
                old.deactivate();
            }
            if (now != null) {
                now.activate();
            }
        });
    }

    public List<Module> modules() {
        return modules;
    }

    public void navigate(Module module) {
        if (!modules.contains(module)) {
            throw new IllegalArgumentException("unknown module " + module.title());
        }
        current.set(module);
    }

    public ReadOnlyObjectProperty<Module> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
