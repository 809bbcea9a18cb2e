package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What a spend report holds, read whole before anything is written: the wizard's preview step shows it. */
public record SpendPreview(SpendRead read) {

    public Path file() {
        return read.file().file();
    }

    public AdPlatform platform() {
        return read.file().platform();
    }

    public String encoding() {
        return read.file().charset().name();
    }

    public String delimiter() {
        return read.file().delimiterName();
    }

    public int rows() {
        return read.rows();
    }

    /** The rows that would go into the ledger (before duplicates are known). */
    public int valid() {
        return read.valid().size();
    }

    public int rejected() {
        return read.rejected();
    }

    public List<SpendProblem> errors() {
        return read.errors();
    }

    public List<SpendProblem> skipped() {
        return read.skipped();
    }

    public BigDecimal total() {
        return read.total();
    }

    public LocalDate from() {
        return read.from();
    }

    public LocalDate to() {
        return read.to();
    }

    /** The currency the report names, or null. */
    public String currency() {
        return read.currency();
    }
}
