package vn.da06.ops;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a month option such as {@code 2024-03}, with a Vietnamese message when it is not one. */
public class YearMonthConverter implements ITypeConverter<YearMonth> {

    @Override
    public YearMonth convert(String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("tháng \"" + value + "\" không đúng dạng năm-tháng, ví dụ 2024-03.");
        }
    }
}
