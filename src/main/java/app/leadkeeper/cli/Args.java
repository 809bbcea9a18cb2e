package app.leadkeeper.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small reader of "--option value", "--flag" and positional arguments, strict about unknown options. */
public final class Args {
    private final List<String> remaining;

    public Args(List<String> args) {
        this.remaining = new ArrayList<>(args);
    }

    /** Removes and returns the value of {@code --name VALUE} (or {@code --name=VALUE}). */
    public Optional<String> option(String name) throws UsageException {
        for (int i = 0; i < remaining.size(); i++) {
            String arg = remaining.get(i);
            if (arg.equals(name)) {
                if (i + 1 >= remaining.size() || remaining.get(i + 1).startsWith("--")) {
                    throw new UsageException(name + " needs a value");
                }
                String value = remaining.get(i + 1);
                remaining.remove(i + 1);
                remaining.remove(i);
                return Optional.of(value);
            }
            if (arg.startsWith(name + "=")) {
                remaining.remove(i);
                return Optional.of(arg.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    public String required(String name) throws UsageException {
        return option(name).orElseThrow(() -> new UsageException(name + " is required"));
    }

    /** Removes and returns the date of {@code --name 2026-01-31}, or null when the option is not given. */
    public LocalDate date(String name) throws UsageException {
        Optional<String> text = option(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get().strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(name + " must be a date like 2026-01-31, not " + text.get());
        }
    }

    /** Removes {@code --name} and tells whether it was there. */
    public boolean flag(String name) {
        return remaining.remove(name);
    }

    /** The positional arguments left; fails on any option nobody asked for. */
    public List<String> positionals() throws UsageException {
        for (String arg : remaining) {
            if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            }
        }
        return List.copyOf(remaining);
    }

    /**
     * The one positional argument (a file), read last like {@link #positionals()}; fails with {@code missing} when
     * there is none and with {@code tooMany} when there are more.
     */
    public String single(String missing, String tooMany) throws UsageException {
        List<String> left = positionals();
        if (left.size() != 1) {
            throw new UsageException(left.isEmpty() ? missing : tooMany);
        }
        return left.getFirst();
    }

    /** Fails if anything is left over. */
    public void done() throws UsageException {
        List<String> left = positionals();
        if (!left.isEmpty()) {
            throw new UsageException("unexpected argument " + left.getFirst());
        }
    }
}
