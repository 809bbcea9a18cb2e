package app.leadkeeper.spend;

import app.leadkeeper.metrics.PeriodPreset;
import app.leadkeeper.metrics.ReportPeriod;
import java.time.LocalDate;
import java.util.Optional;

/** The periods the spend and traffic lists offer; all time has no bounds. */
public enum SpendPeriod {
    THIS_MONTH("This month", PeriodPreset.THIS_MONTH),
    LAST_MONTH("Last month", PeriodPreset.LAST_MONTH),
    THIS_QUARTER("This quarter", PeriodPreset.THIS_QUARTER),
    THIS_YEAR("This year", PeriodPreset.THIS_YEAR),
    ALL_TIME("All time", null);

    private final String label;
    private final PeriodPreset preset;

    SpendPeriod(String label, PeriodPreset preset) {
        this.label = label;
        this.preset = preset;
    }

    /** The days of the period around {@code today}; empty for all time. */
    public Optional<ReportPeriod> range(LocalDate today) {
        return preset == null ? Optional.empty() : Optional.of(ReportPeriod.of(preset, today));
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
