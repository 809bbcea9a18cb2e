package app.leadkeeper.funnel;

import java.util.Objects;

/** One stage of the pipeline; {@code color} is {@code #rrggbb}. */
public record Stage(long id, String name, int position, String color, FunnelSection section, StageKind kind) {
    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isOpen() {
        return kind == StageKind.OPEN;
    }

    @Override
    public String toString() {
        return name;
    }
}
