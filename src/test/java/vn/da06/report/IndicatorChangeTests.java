package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.report.ReportFixture.ReportedValue;

/**
 * A unit missing from one of two periods must not pass for progress: the change of an indicator is shown like for
 * like (only the units with figures in both periods) beside the plain change, and the report says which units are
 * missing. In the fixture, thị trấn Diêu Trì reported CT05 for May 2024 but not for June.
 */
@ReportSpringTest
class IndicatorChangeTests extends FixtureReportTest {

    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final YearMonth JUNE = YearMonth.of(2024, 6);

    @Autowired
    JobOperator jobOperator;
    @Autowired
    Job reportJob;

    @Test
    void theChangeIsComputedOnTheUnitsPresentInBothPeriodsWithThePlainChangeBeside() throws Exception {
        ReportRequest request = new ReportRequest(ReportFixture.PLAN, ReportKind.MONTHLY, "2024-06",
                List.of(ReportFormat.PDF), out, LocalDate.of(2025, 1, 6));

        jobOperator.start(reportJob, request.toJobParameters(1));

        Set<String> june = units("CT05", JUNE);
        Set<String> may = units("CT05", MAY);
        Set<String> both = june.stream().filter(may::contains).collect(Collectors.toSet());
        assertThat(may).hasSizeGreaterThan(both.size());
        BigDecimal plain = ratio("CT05", JUNE, june).setScale(2, RoundingMode.HALF_UP)
                .subtract(ratio("CT05", MAY, may).setScale(2, RoundingMode.HALF_UP));
        BigDecimal likeForLike = ratio("CT05", JUNE, both).subtract(ratio("CT05", MAY, both)).setScale(2, RoundingMode.HALF_UP);
        assertThat(likeForLike).isNotEqualByComparingTo(plain);

        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        String row = pdf.lines().filter(l -> l.trim().matches("5\\s+Hồ sơ thanh toán.*")).findFirst().orElseThrow();
        assertThat(row).contains(signed(plain) + " " + signed(likeForLike)).contains("2/14*");
        String flowing = pdf.replaceAll("\\s+", " ");
        assertThat(flowing).contains("5. Hồ sơ thanh toán trực tuyến trên Cổng dịch vụ công: tháng 06/2024 có 2/14 đơn vị có số liệu, "
                        + "tháng 05/2024 có 3/14; thay đổi cùng đơn vị tính trên 2 đơn vị có số liệu ở cả hai kỳ; chưa có số liệu: ")
                .contains("UBND thị trấn Diêu Trì");
    }

    private static Set<String> units(String indicator, YearMonth month) {
        return values(indicator, month).stream().filter(v -> v.denominator() > 0).map(ReportedValue::unit)
                .collect(Collectors.toSet());
    }

    /** The district ratio of the given units, unrounded (as many decimals as a rounding once needs). */
    private static BigDecimal ratio(String indicator, YearMonth month, Set<String> units) {
        List<ReportedValue> counted = values(indicator, month).stream().filter(v -> units.contains(v.unit())).toList();
        long numerator = counted.stream().mapToLong(ReportedValue::numerator).sum();
        long denominator = counted.stream().mapToLong(ReportedValue::denominator).sum();
        return BigDecimal.valueOf(100L * numerator).divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
    }

    private static List<ReportedValue> values(String indicator, YearMonth month) {
        return ReportFixture.currentIndicatorValues().stream()
                .filter(v -> v.indicator().equals(indicator) && v.month().equals(month)).toList();
    }

    /** As the table prints a change: "+2,31", "-0,50". */
    private static String signed(BigDecimal change) {
        return (change.signum() >= 0 ? "+" : "") + change.toPlainString().replace('.', ',');
    }
}
