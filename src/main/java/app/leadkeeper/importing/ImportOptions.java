package app.leadkeeper.importing;

/** Choices for one import: a channel for every row (overrides the file's), the profile used. */
public record ImportOptions(String channel, String profileName) {
    public static final ImportOptions NONE = new ImportOptions(null, null);
}
