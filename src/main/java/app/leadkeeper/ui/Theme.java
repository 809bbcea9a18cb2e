package app.leadkeeper.ui;

/** The theme the user chose: follow the operating system, or always light or dark. */
public enum Theme {
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
