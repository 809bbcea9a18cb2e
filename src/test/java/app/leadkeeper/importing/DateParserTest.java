package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2022-02-03T16:16:51+0000        | 2022-02-03T16:16:51 | Z",
                "2022-02-03T16:16:51.250+01:00   | 2022-02-03T16:16:51.250 | +01:00",
                "2022-02-03T16:16:51Z            | 2022-02-03T16:16:51 | Z",
                "2022/06/22 11:07:29 AM AST      | 2022-06-22T11:07:29 | -04:00",
                "2022/06/22 12:07:29 PM PDT      | 2022-06-22T12:07:29 | -07:00",
                "2022/06/22 12:07:29 am          | 2022-06-22T00:07:29 |",
                "2024-03-05 09:05:00             | 2024-03-05T09:05 |",
                "2023-05-04 10:22                | 2023-05-04T10:22 |",
                "2024-01-31                      | 2024-01-31T00:00 |",
                "31.01.2024                      | 2024-01-31T00:00 |",
                "31.01.2024 14:05                | 2024-01-31T14:05 |",
                "5. März 2024                    | 2024-03-05T00:00 |",
                "March 10, 2023 12:34 pm         | 2023-03-10T12:34 |",
                "Tuesday, March 5th, 2024        | 2024-03-05T00:00 |",
                "10 mars 2023                    | 2023-03-10T00:00 |",
                "3 de abril de 2024              | 2024-04-03T00:00 |",
                "2024-01-31 14:05:00 GMT+2       | 2024-01-31T14:05 | +02:00",
                "2024-01-31 14:05:00 UTC-05:30   | 2024-01-31T14:05 | -05:30",
                "2024-01-31 14:05:00 (UTC)       | 2024-01-31T14:05 | Z",
                "2024-01-31 14h05                | 2024-01-31T14:05 |",
                "1700000000                      | 2023-11-14T22:13:20 | Z",
                "not a date                      | |",
                "2024-02-30                      | |",
                "2024-13-01                      | |",
                "2024-01-31 25:00                | |",
                "2024-01-31 10:00 XYZ            | |",
                "31.01.20014:05                  | |",
                "2024-01-3114:05                 | |"
            })
    void readsTheFormatsToolsWrite(String text, String local, String offset) {
        DateParser.Value value = DateParser.parse(text.strip(), DateOrder.DAY_FIRST);
        if (local == null) {
            assertThat(value).isNull();
            return;
        }
        assertThat(value).isNotNull();
        assertThat(value.local()).isEqualTo(LocalDateTime.parse(local));
        assertThat(value.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
    }

    @ParameterizedTest
    @CsvSource({
        "03/04/2024, DAY_FIRST, 2024-04-03",
        "03/04/2024, MONTH_FIRST, 2024-03-04",
        "3/4/24, MONTH_FIRST, 2024-03-04",
        "03-04-2024, DAY_FIRST, 2024-04-03",
        "13/04/2024, MONTH_FIRST,",
    })
    void numericDatesFollowTheColumnsOrder(String text, DateOrder order, String expected) {
        DateParser.Value value = DateParser.parse(text, order);
        assertThat(value == null ? null : value.local().toLocalDate().toString())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "13/04/2024, 1",
        "04/13/2024, 2",
        "03/04/2024, 3",
        "3.4.24, 3",
        "31.12.2024 10:00, 1",
        "2024-04-13, 0",
        "hello, 0",
        "13/13/2024, 0",
        "'\u00A013/04/2024', 1"
    })
    void tellsWhichOrderAValueProves(String text, int evidence) {
        assertThat(DateParser.orderEvidence(text)).isEqualTo(evidence);
    }

    @Property
    void neverThrows(@ForAll String text) {
        DateParser.parse(text, DateOrder.DAY_FIRST);
        DateParser.parse(text, DateOrder.MONTH_FIRST);
        DateParser.orderEvidence(text);
    }
}
