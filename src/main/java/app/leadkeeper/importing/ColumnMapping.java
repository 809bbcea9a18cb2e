package app.leadkeeper.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@link Target} each column of a file goes to, by column index. A value: {@link #with} gives an edited copy.
 * {@link #serialize()} and {@link #parse} turn it into a short text a profile can be saved as, and
 * {@link #headerSignature} gives the key to find the profile again for the same header.
 */
public record ColumnMapping(List<Target> targets) {
    private static final String VERSION = "v1:";

    public ColumnMapping {
        targets = List.copyOf(targets);
    }

    /** The target of a column; columns beyond the mapping are kept as custom fields. */
    public Target target(int column) {
        return column < targets.size() ? targets.get(column) : Target.CUSTOM;
    }

    public int size() {
        return targets.size();
    }

    /** A copy with one column's target changed; the mapping grows with CUSTOM columns when needed. */
    public ColumnMapping with(int column, Target target) {
        Objects.requireNonNull(target, "target");
        List<Target> copy = new ArrayList<>(targets);
        while (copy.size() <= column) {
            copy.add(Target.CUSTOM);
        }
        copy.set(column, target);
        return new ColumnMapping(copy);
    }

    /** Text such as {@code v1:CREATED_AT,EMAIL,CUSTOM}: one target name per column, in column order. */
    public String serialize() {
        StringBuilder out = new StringBuilder(VERSION);
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(targets.get(i).name());
        }
        return out.toString();
    }

    /**
     * Reads {@link #serialize()}'s text back. A target name this version does not know (a profile saved by a newer
     * version) becomes CUSTOM, so the column's values are kept rather than lost.
     */
    public static ColumnMapping parse(String text) {
        if (text == null || !text.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a saved column mapping: " + text);
        }
        String body = text.substring(VERSION.length());
        List<Target> targets = new ArrayList<>();
        if (!body.isEmpty()) {
            for (String name : body.split(",", -1)) {
                targets.add(targetNamed(name.strip()));
            }
        }
        return new ColumnMapping(targets);
    }

    private static Target targetNamed(String name) {
        for (Target t : Target.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return Target.CUSTOM;
    }

    /**
     * A key for "the same kind of file": the header's matching keys in order, hashed (SHA-256, hex). Case, accents,
     * spacing, punctuation, HTML and a byte order mark in the header do not change it; renaming, adding or
     * reordering columns does.
     */
    public static String headerSignature(List<String> header) {
        StringBuilder text = new StringBuilder();
        for (String name : header) {
            text.append(HeaderNames.key(name)).append('\n');
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The mapping a file gets without a saved profile: the tool's preset first, then header synonyms. */
    public static ColumnMapping automatic(List<String> header, SourceTool tool) {
        Preset preset = Preset.of(tool);
        List<Target> targets = new ArrayList<>(header.size());
        List<Integer> ambiguousNames = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Target target = preset.targetOf(i, name);
            if (target == null) {
                target = Synonyms.target(name);
            }
            if (target == null && Synonyms.AMBIGUOUS_NAMES.contains(HeaderNames.key(name))) {
                ambiguousNames.add(i);
            }
            targets.add(target == null ? Target.CUSTOM : target);
        }
        resolveNames(targets, ambiguousNames);
        return new ColumnMapping(targets);
    }

    /** "Name" beside "Vorname", "Nom" beside "Prénom" is the last name; "Nombre" beside "Apellidos" the first. */
    private static void resolveNames(List<Target> targets, List<Integer> ambiguous) {
        Set<Target> present = EnumSet.noneOf(Target.class);
        present.addAll(targets);
        for (int index : ambiguous) {
            Target meaning;
            if (present.contains(Target.FIRST_NAME) && !present.contains(Target.LAST_NAME)) {
                meaning = Target.LAST_NAME;
            } else if (present.contains(Target.LAST_NAME) && !present.contains(Target.FIRST_NAME)) {
                meaning = Target.FIRST_NAME;
            } else if (!present.contains(Target.FULL_NAME)) {
                meaning = Target.FULL_NAME;
            } else {
                meaning = Target.CUSTOM;
            }
            targets.set(index, meaning);
            present.add(meaning);
        }
    }
}
