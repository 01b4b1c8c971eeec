package vn.da06.cli;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --month YYYY-MM}, with a Vietnamese message for anything else. */
public final class MonthConverter implements ITypeConverter<YearMonth> {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM");

    @Override
    public YearMonth convert(String value) {
        return parse(value);
    }

    static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("tháng \"" + text + "\" không hợp lệ: hãy viết dạng YYYY-MM, ví dụ 2024-03.");
        }
    }
}
