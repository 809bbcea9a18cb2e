package app.leadkeeper.funnel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The funnel of a period: per stage in pipeline order, how many leads reached it and stand in it now, the conversion
 * to the next stage and the median days spent in it; overall lead-to-customer conversion and the lost reasons. Rates
 * are fractions, null where undefined (no lead reached the stage).
 */
public record FunnelReport(
        long leads,
        List<StageFigures> stages,
        long won,
        long lost,
        Double leadToCustomerRate,
        Map<String, Long> lostReasons) {

    public record StageFigures(
            Stage stage,
            long reached,
            long current,
            BigDecimal currentValue,
            Double conversionToNext,
            Double medianDaysInStage) {}

    public FunnelReport {
        stages = List.copyOf(stages);
        lostReasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lostReasons));
    }
}
