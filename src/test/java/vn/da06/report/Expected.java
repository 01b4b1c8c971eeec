package vn.da06.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.da06.report.ReportFixture.ReportedValue;

/**
 * Figures worked out independently of the report SQL, from what the units reported: across units numerators and
 * denominators are summed, then divided; over time a stock takes each unit's latest month, a flow sums the months.
 */
final class Expected {

    /** Indicators of the Tuy Phước plan counted as stocks (indicators.csv); the others are flows. */
    private static final Set<String> STOCKS = Set.of("CT01", "CT06", "CT09", "CT10", "CT12", "CT13", "CT14");

    private Expected() {
    }

    record Figure(long numerator, long denominator) {

        /** Percent with 2 decimals as printed; null when there is no data. */
        BigDecimal ratio() {
            return denominator == 0 ? null
                    : BigDecimal.valueOf(100L * numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        }

        /** As the PDF prints it: "45,13". */
        String printed() {
            return ratio().toPlainString().replace('.', ',');
        }
    }

    static Figure district(String indicator, YearMonth first, YearMonth last) {
        Map<String, List<ReportedValue>> byUnit = ReportFixture.currentIndicatorValues().stream()
                .filter(v -> v.indicator().equals(indicator) && !v.month().isBefore(first) && !v.month().isAfter(last))
                .collect(Collectors.groupingBy(ReportedValue::unit));
        long numerator = 0;
        long denominator = 0;
        for (List<ReportedValue> values : byUnit.values()) {
            List<ReportedValue> counted = STOCKS.contains(indicator)
                    ? List.of(values.stream().max(Comparator.comparing(ReportedValue::month)).orElseThrow())
                    : values;
            numerator += counted.stream().mapToLong(ReportedValue::numerator).sum();
            denominator += counted.stream().mapToLong(ReportedValue::denominator).sum();
        }
        return new Figure(numerator, denominator);
    }

    static Figure unit(String unit, String indicator, YearMonth month) {
        return ReportFixture.currentIndicatorValues().stream()
                .filter(v -> v.unit().equals(unit) && v.indicator().equals(indicator) && v.month().equals(month))
                .map(v -> new Figure(v.numerator(), v.denominator())).findFirst().orElseThrow();
    }
}
