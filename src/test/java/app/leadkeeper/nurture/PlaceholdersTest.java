package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void fillsEveryPlaceholderWithTheLeadsValues() {
        String text = Placeholders.fill(
                "Hi {first_name} {last_name} ({name}) of {company}: {offer}!", "Ada", "Lovelace", "Engines", "a demo");
        assertThat(text).isEqualTo("Hi Ada Lovelace (Ada Lovelace) of Engines: a demo!");
    }

    @Test
    void missingValuesStillReadWell() {
        assertThat(Placeholders.fill("Hi {first_name}, how is {company}? {offer}.", " ", null, "", null))
                .isEqualTo("Hi there, how is your company? our offer.");
    }

    @Test
    void unknownPlaceholdersAndRegexCharactersStayAsWritten() {
        assertThat(Placeholders.fill("{firstname} {first_name} costs $5 \\o/", "A$1\\", null, null, null))
                .isEqualTo("{firstname} A$1\\ costs $5 \\o/");
        assertThat(Placeholders.fill(null, "A", null, null, null)).isNull();
    }
}
