package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {
    @Test
    void wouldBeFormulasGetAnApostrophe() {
        assertThat(FormulaGuard.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaGuard.text("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(FormulaGuard.text("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaGuard.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(FormulaGuard.text("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.text("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaGuard.text("＝1+1")).isEqualTo("'＝1+1");
    }

    @Test
    void plainTextAndPlainNumbersStayAsTheyAre() {
        assertThat(FormulaGuard.text("Anna = happy")).isEqualTo("Anna = happy");
        assertThat(FormulaGuard.text("-5")).isEqualTo("-5");
        assertThat(FormulaGuard.text("+12.5")).isEqualTo("+12.5");
        assertThat(FormulaGuard.text(null)).isEmpty();
    }

    @Test
    void phoneNumbersStayAsWrittenButAnythingElseInAPhoneCellIsGuarded() {
        assertThat(FormulaGuard.phone("+44 20 7946 0958")).isEqualTo("+44 20 7946 0958");
        assertThat(FormulaGuard.phone("+1 (201) 555-0123")).isEqualTo("+1 (201) 555-0123");
        assertThat(FormulaGuard.phone("-0151 123")).isEqualTo("'-0151 123");
        assertThat(FormulaGuard.phone("=1+2")).isEqualTo("'=1+2");
        assertThat(FormulaGuard.phone("+1 HYPERLINK(1)")).isEqualTo("'+1 HYPERLINK(1)");
        assertThat(FormulaGuard.text("+44 20 7946 0958")).isEqualTo("'+44 20 7946 0958");
    }

    @Test
    void anImportTakesTheApostropheOffAgainButOnlyWhereTheGuardPutIt() {
        assertThat(FormulaGuard.unguard("'=HYPERLINK(\"x\")")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(FormulaGuard.unguard("'-0151 123")).isEqualTo("-0151 123");
        assertThat(FormulaGuard.unguard("'-5")).isEqualTo("'-5"); // the guard leaves -5 alone: the apostrophe is data
        assertThat(FormulaGuard.unguard("'Tis the season")).isEqualTo("'Tis the season");
        assertThat(FormulaGuard.unguard("'")).isEqualTo("'");
        assertThat(FormulaGuard.text("'=1")).isEqualTo("''=1"); // its own apostrophe survives the way back
        assertThat(FormulaGuard.unguard("''=1")).isEqualTo("'=1");
        assertThat(FormulaGuard.unguard("")).isEmpty();
    }

    @Property(tries = 500)
    void whatTheGuardWritesReadsBackAsTheValue(
            @ForAll @Chars({'=', '+', '-', '@', '\t', '\'', '1', '.', ' ', '(', '＝'}) @CharRange(from = 'a', to = 'c')
                    String value) {
        assertThat(FormulaGuard.unguard(FormulaGuard.text(value))).isEqualTo(value);
        if (!value.isEmpty()) {
            assertThat(FormulaGuard.unguard(FormulaGuard.phone(value))).isEqualTo(value);
        }
    }
}
