package app.leadkeeper.leads;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The problems found in a lead, per field; empty when the lead can be saved. */
public record Validation(Map<LeadField, String> problems) {
    public Validation {
        problems = Collections.unmodifiableMap(
                problems.isEmpty() ? new EnumMap<>(LeadField.class) : new EnumMap<>(problems));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** One line per problem, "Field: message". */
    public String summary() {
        return problems.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
