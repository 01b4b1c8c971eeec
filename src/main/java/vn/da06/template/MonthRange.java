package vn.da06.template;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reporting months as the command line takes them: one month {@code YYYY-MM} or a range {@code YYYY-MM..YYYY-MM}.
 *
 * @param first first month, included
 * @param last  last month, included
 */
public record MonthRange(YearMonth first, YearMonth last) {

    /** Month as shown to users: MM/YYYY. */
    static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM");

    public MonthRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last month " + last + " before first " + first);
        }
    }

    public static MonthRange of(YearMonth month) {
        return new MonthRange(month, month);
    }

    /** Every month of the range, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** "03/2024" or "01/2024–12/2024". */
    String label() {
        return first.equals(last) ? LABEL.format(first) : LABEL.format(first) + "–" + LABEL.format(last);
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("tháng \"" + text + "\" không hợp lệ: hãy viết dạng YYYY-MM, ví dụ 2024-03.");
        }
    }

    /** Picocli converter for {@code --month YYYY-MM}. */
    public static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            return parseMonth(value);
        }
    }

    /** Picocli converter for {@code --month YYYY-MM} or {@code --month YYYY-MM..YYYY-MM}. */
    static final class RangeConverter implements ITypeConverter<MonthRange> {
        @Override
        public MonthRange convert(String value) {
            int dots = value.indexOf("..");
            if (dots < 0) {
                return of(parseMonth(value));
            }
            YearMonth first = parseMonth(value.substring(0, dots));
            YearMonth last = parseMonth(value.substring(dots + 2));
            if (last.isBefore(first)) {
                throw new TypeConversionException("khoảng tháng \"" + value + "\" không hợp lệ: tháng đầu phải trước tháng cuối, "
                        + "ví dụ 2024-01..2024-12.");
            }
            return new MonthRange(first, last);
        }
    }
}
