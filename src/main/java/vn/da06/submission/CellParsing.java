package vn.da06.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Numbers and dates as people type them in Vietnamese workbooks: "85", "85%", "85,5" (decimal comma),
 * "1.234" (thousands dot), with spaces; numeric cells, percent-formatted cells, Excel dates and "dd/MM/yyyy" text.
 */
final class CellParsing {

    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3}){2,}(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    /** Excel serial numbers of 1 January 2000 and 31 December 2099: a plain number in that range is a date. */
    private static final double FIRST_SERIAL = 36_526;
    private static final double LAST_SERIAL = 73_050;

    private CellParsing() {
    }

    /** A number, or {@link IllegalArgumentException} with a Vietnamese reason. Percent cells read as 85, not 0.85. */
    static BigDecimal number(CellValue cell, boolean percent) {
        if (cell.isNumeric()) {
            BigDecimal value = BigDecimal.valueOf(cell.number());
            return scale(percent && cell.percentFormatted() ? value.movePointRight(2) : value);
        }
        String text = cell.text().replaceAll("[\\s\\u00A0\\u202F]", "");
        boolean hasPercent = text.endsWith("%");
        if (hasPercent) {
            text = text.substring(0, text.length() - 1);
        }
        if (hasPercent && !percent) {
            throw new IllegalArgumentException("ô này cần một số đếm, không phải tỷ lệ phần trăm \"" + cell.text() + "\"");
        }
        String normalized;
        if (DOT_THOUSANDS.matcher(text).matches()) {
            normalized = text.replace(".", "").replace(',', '.');
        } else if (COMMA_THOUSANDS.matcher(text).matches()) {
            normalized = text.replace(",", "");
        } else if (PLAIN.matcher(text).matches()) {
            normalized = text.replace(',', '.');
        } else {
            throw new IllegalArgumentException("\"" + cell.text() + "\" không phải là số; hãy nhập số, ví dụ 85 hoặc 85,5");
        }
        return scale(new BigDecimal(normalized));
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** A date, or {@link IllegalArgumentException} with a Vietnamese reason. */
    static LocalDate date(CellValue cell, boolean date1904) {
        if (cell.isNumeric()) {
            double serial = cell.number();
            if (!cell.dateFormatted() && (serial < FIRST_SERIAL || serial > LAST_SERIAL)) {
                throw new IllegalArgumentException("\"" + cell.display() + "\" không phải là ngày; hãy nhập ngày dạng dd/mm/yyyy");
            }
            if (!DateUtil.isValidExcelDate(serial)) {
                throw new IllegalArgumentException("\"" + cell.display() + "\" không phải là ngày hợp lệ");
            }
            return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
        }
        String text = cell.text().trim();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" không phải là ngày; hãy nhập ngày dạng dd/mm/yyyy, ví dụ 15/03/2024");
    }

    /** The text of a cell as a person typed it: composed Unicode, single spaces. */
    static String text(CellValue cell) {
        return vn.da06.base.VietnameseText.clean(cell.isNumeric() ? cell.display() : cell.text());
    }
}
