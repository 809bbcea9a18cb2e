package app.leadkeeper.funnel;

/** What the user sets on a stage: name, colour, section and kind (the position comes from the order of the list). */
public record StageDraft(String name, String color, FunnelSection section, StageKind kind) {}
