package vn.da06.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.base.VietnameseText;

/**
 * Reads the deadline texts plans use ("Tháng 02/2024", "Quý II/2024", "Ngày 22 hàng tháng", "Thường xuyên",
 * "Sau khi tỉnh triển khai" ...). Matching ignores case, accents and spacing, so "thang 2/2024" reads too.
 */
final class DeadlineParser {

    private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2}) (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy (i|ii|iii|iv|[1-4]) (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(trong )?nam (\\d{4})");
    private static final Pattern MONTHLY = Pattern.compile("(dinh ky )?hang thang");
    private static final Pattern MONTHLY_ON_DAY = Pattern.compile("(truoc )?ngay (\\d{1,2}) hang thang");
    private static final Pattern CONTINUOUS = Pattern.compile("(thuc hien )?thuong xuyen");
    private static final Pattern CONTINUOUS_FROM = Pattern.compile("tu thang (\\d{1,2}) (\\d{4}) va (thuc hien )?thuong xuyen");
    private static final Pattern CONDITIONAL = Pattern.compile("(sau khi|theo lo trinh) .+");
    private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

    private DeadlineParser() {
    }

    /** The rule for a deadline text, or empty when the text is not one of the forms plans use. */
    static Optional<DeadlineRule> parse(String text) {
        String key = VietnameseText.key(text);
        Matcher m;
        if ((m = MONTH.matcher(key)).matches()) {
            return yearMonth(m.group(2), m.group(1)).map(ym -> DeadlineRule.dueBy(ym.atEndOfMonth()));
        }
        if ((m = QUARTER.matcher(key)).matches()) {
            int quarter = QUARTERS.getOrDefault(m.group(1), m.group(1).matches("\\d") ? Integer.parseInt(m.group(1)) : 0);
            return yearMonth(m.group(2), Integer.toString(quarter * 3)).map(ym -> DeadlineRule.dueBy(ym.atEndOfMonth()));
        }
        if ((m = YEAR.matcher(key)).matches()) {
            return Optional.of(DeadlineRule.dueBy(LocalDate.of(Integer.parseInt(m.group(2)), 12, 31)));
        }
        if ((m = MONTHLY_ON_DAY.matcher(key)).matches()) {
            int day = Integer.parseInt(m.group(2));
            return day >= 1 && day <= 31 ? Optional.of(DeadlineRule.monthly(day)) : Optional.empty();
        }
        if (MONTHLY.matcher(key).matches()) {
            return Optional.of(DeadlineRule.monthly(null));
        }
        if ((m = CONTINUOUS_FROM.matcher(key)).matches()) {
            return yearMonth(m.group(2), m.group(1)).map(ym -> DeadlineRule.continuous(ym.atDay(1)));
        }
        if (CONTINUOUS.matcher(key).matches()) {
            return Optional.of(DeadlineRule.continuous(null));
        }
        if (CONDITIONAL.matcher(key).matches()) {
            return Optional.of(DeadlineRule.conditional(VietnameseText.clean(text)));
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> yearMonth(String year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(year), m)) : Optional.empty();
    }
}
