package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.da06.base.UserException;

class ReportPeriodTests {

    @Test
    void aMonthComparesWithTheMonthBefore() {
        ReportPeriod period = ReportPeriod.parse(ReportKind.MONTHLY, "2024-01");

        assertThat(period.first()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(period.last()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(period.label()).isEqualTo("tháng 01/2024");
        assertThat(period.previousFirst()).isEqualTo(YearMonth.of(2023, 12));
        assertThat(period.nextStart()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(period.nextEnd()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theHalfYearReviewCoversJanuaryToJuneAndComparesWithTheFirstQuarter() {
        ReportPeriod period = ReportPeriod.parse(ReportKind.HALF_YEAR, "2024-h1");

        assertThat(period.code()).isEqualTo("2024-H1");
        assertThat(period.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(period.previousLast()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(period.nextLabel()).isEqualTo("6 tháng cuối năm 2024");
    }

    @Test
    void theYearEndSummaryCoversTheYearAndComparesWithTheHalfYear() {
        ReportPeriod period = ReportPeriod.parse(ReportKind.ANNUAL, "2024");

        assertThat(period.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(period.previousLabel()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(period.nextStart()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void periodsThatDoNotFitTheKindAreRefusedInVietnamese() {
        assertThatThrownBy(() -> ReportPeriod.parse(ReportKind.MONTHLY, "2024")).isInstanceOf(UserException.class)
                .hasMessageContaining("NĂM-THÁNG");
        assertThatThrownBy(() -> ReportPeriod.parse(ReportKind.MONTHLY, "2024-00")).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> ReportPeriod.parse(ReportKind.HALF_YEAR, "2024-H2")).isInstanceOf(UserException.class)
                .hasMessageContaining("annual --period 2024");
        assertThatThrownBy(() -> ReportPeriod.parse(ReportKind.ANNUAL, "2024-05")).isInstanceOf(UserException.class)
                .hasMessageContaining("ví dụ 2024");
    }
}
