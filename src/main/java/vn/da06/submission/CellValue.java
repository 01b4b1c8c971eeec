package vn.da06.submission;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One non-empty cell as the workbook stores it: its address, what kind of value, the value, and whether its
 * number format shows a date or a percentage (a cell typed "85%" in Excel holds 0.85 with a percent format).
 *
 * @param ref      address such as {@code E7}
 * @param text     the text of a text cell, or the number as written in the file for a numeric cell
 * @param number   the value of a numeric cell (null for text)
 * @param formula  the formula when the cell has one (its cached value is in text/number)
 */
public record CellValue(String ref, String text, Double number, boolean dateFormatted, boolean percentFormatted,
                        String formula) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public boolean isNumeric() {
        return number != null;
    }

    /** What a person sees in the cell, for error messages (a date as dd/mm/yyyy, in the 1900 date system). */
    public String display() {
        return display(false);
    }

    /**
     * What a person sees in the cell: a date-formatted number as the date it shows, dd/mm/yyyy (not the serial
     * number Excel stores, e.g. 51901), in the workbook's date system.
     */
    public String display(boolean date1904) {
        if (number == null) {
            return text;
        }
        if (dateFormatted && DateUtil.isValidExcelDate(number)) {
            return DateUtil.getLocalDateTime(number, date1904).toLocalDate().format(DAY);
        }
        double shown = percentFormatted ? number * 100 : number;
        String value = shown == Math.rint(shown) && Math.abs(shown) < 1e15
                ? Long.toString((long) shown) : Double.toString(shown);
        return percentFormatted ? value + "%" : value;
    }
}
