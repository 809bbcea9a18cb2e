package app.leadkeeper.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.TaskKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTextsTest {
    @Test
    void summariesAndUnknownPlaceholders() {
        CadenceStep day0 = new CadenceStep(0, TaskKind.EMAIL, "Hello", null);
        assertThat(CadenceTexts.summary(new Cadence(1, "a", null, null, List.of())))
                .isEqualTo("No steps yet");
        assertThat(CadenceTexts.summary(new Cadence(1, "a", null, null, List.of(day0))))
                .isEqualTo("1 step · on day 0");
        assertThat(CadenceTexts.summary(new Cadence(1, "a", null, null, List.of(day0, day0))))
                .isEqualTo("2 steps · all on day 0");
        assertThat(CadenceTexts.summary(
                        new Cadence(1, "a", null, null, List.of(day0, new CadenceStep(1, TaskKind.CALL, "x", null)))))
                .isEqualTo("2 steps · over 1 day");

        assertThat(CadenceTexts.unknownPlaceholders("Hi {first_name}, {First_Name} {firstname} {firstname} {offer}"))
                .containsExactly("{First_Name}", "{firstname}");
        assertThat(CadenceTexts.unknownPlaceholders(null)).isEmpty();
    }
}
