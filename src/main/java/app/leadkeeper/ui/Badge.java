package app.leadkeeper.ui;

/**
 * A small count beside a navigation entry, such as the tasks that need doing today. {@code urgent} shows it in the
 * danger colour; {@code description} is its tooltip, in words.
 */
public record Badge(String text, boolean urgent, String description) {}
