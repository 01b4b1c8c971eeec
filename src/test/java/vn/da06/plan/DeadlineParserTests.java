package vn.da06.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineParserTests {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 02/2024                              | due_date    | 2024-02-29 |    |
            Tháng 3/2024                               | due_date    | 2024-03-31 |    |
            Tháng 6/2024                               | due_date    | 2024-06-30 |    |
            Tháng 12/2024                              | due_date    | 2024-12-31 |    |
            Tháng 4/2024                               | due_date    | 2024-04-30 |    |
            Quý II/2024                                | due_date    | 2024-06-30 |    |
            Trong năm 2024                             | due_date    | 2024-12-31 |    |
            Hàng tháng                                 | monthly     |            |    |
            Ngày 22 hàng tháng                         | monthly     |            | 22 |
            Thường xuyên                               | continuous  |            |    |
            Thực hiện thường xuyên                     | continuous  |            |    |
            Từ tháng 01/2024 và thực hiện thường xuyên | continuous  |            |    | 2024-01-01
            Sau khi tỉnh triển khai                    | conditional |            |    |
            Theo lộ trình hướng dẫn Cục C06            | conditional |            |    |
            thang 2/2024                               | due_date    | 2024-02-29 |    |
            QUÝ IV/2024                                | due_date    | 2024-12-31 |    |
            Hằng tháng                                 | monthly     |            |    |
            """)
    void readsEveryDeadlineFormOfThePlan(String text, String kind, LocalDate due, Integer day, LocalDate startsOn) {
        DeadlineRule rule = DeadlineParser.parse(text).orElseThrow();
        assertThat(rule.kind().sql()).isEqualTo(kind);
        assertThat(rule.dueDate()).isEqualTo(due);
        assertThat(rule.monthlyDay()).isEqualTo(day);
        assertThat(rule.startsOn()).isEqualTo(startsOn);
        assertThat(rule.condition() != null).isEqualTo(kind.equals("conditional"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Sớm nhất có thể", "Tháng 13/2024", "Quý V/2024", "Ngày 40 hàng tháng", "2024"})
    void rejectsWhatIsNotADeadline(String text) {
        assertThat(DeadlineParser.parse(text)).isEmpty();
    }
}
