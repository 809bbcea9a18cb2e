package app.leadkeeper.ui;

/** Short messages at the bottom of the window, optionally with one action such as Undo. */
public interface Notifier {
    void show(String message);

    void show(String message, String actionText, Runnable action);
}
