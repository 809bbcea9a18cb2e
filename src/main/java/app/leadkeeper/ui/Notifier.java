package app.leadkeeper.ui;

/** Short messages at the bottom of the window, optionally with an action such as Undo, or two (Open, Show in folder). */
public interface Notifier {
    void show(String message);

    void show(String message, String actionText, Runnable action);

    /** With two actions; a notifier that has room for one shows the first. */
    default void show(String message, String actionText, Runnable action, String secondText, Runnable second) {
        show(message, actionText, action);
    }

    /** A file was written: Open opens it and Show in folder its folder, both through {@code openUri}. */
    default void showFile(String message, java.nio.file.Path file, java.util.function.Consumer<String> openUri) {
        show(
                message,
                "Open",
                () -> openUri.accept(file.toUri().toString()),
                "Show in folder",
                () -> openUri.accept(file.toAbsolutePath().getParent().toUri().toString()));
    }
}
