package app.leadkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoNameTest {
    @Test
    void latinNamesLoseTheirAccentsForAddresses() {
        assertThat(DemoName.toAscii("Łukasz")).isEqualTo("lukasz");
        assertThat(DemoName.toAscii("Groß")).isEqualTo("gross");
        assertThat(DemoName.toAscii("Núñez")).isEqualTo("nunez");
        assertThat(DemoName.toAscii("O'Brien")).isEqualTo("obrien");
    }

    @Test
    void anExplicitAliasWinsAndOtherScriptsNeedOne() {
        assertThat(DemoName.list("Müller=mueller, Анна=anna, Weber"))
                .containsExactly(
                        new DemoName("Müller", "mueller"),
                        new DemoName("Анна", "anna"),
                        new DemoName("Weber", "weber"));
    }

    @Test
    void genderedFamilyNamesPickTheirForm() {
        assertThat(DemoCulture.lastNames("Kowalski/Kowalska, Nowak", true))
                .containsExactly(new DemoName("Kowalska", "kowalska"), new DemoName("Nowak", "nowak"));
        assertThat(DemoCulture.lastNames("Иванов/Иванова=ivanov/ivanova", false))
                .containsExactly(new DemoName("Иванов", "ivanov"));
    }
}
