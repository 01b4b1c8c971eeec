package vn.da06.cli;

import java.time.YearMonth;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import vn.da06.base.MonthRange;

/** {@code --month YYYY-MM} or {@code --month YYYY-MM..YYYY-MM}. */
public final class MonthRangeConverter implements ITypeConverter<MonthRange> {

    @Override
    public MonthRange convert(String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            return MonthRange.of(MonthConverter.parse(value));
        }
        YearMonth first = MonthConverter.parse(value.substring(0, dots));
        YearMonth last = MonthConverter.parse(value.substring(dots + 2));
        if (last.isBefore(first)) {
            throw new TypeConversionException("khoảng tháng \"" + value + "\" không hợp lệ: tháng đầu phải trước tháng cuối, "
                    + "ví dụ 2024-01..2024-12.");
        }
        return new MonthRange(first, last);
    }
}
