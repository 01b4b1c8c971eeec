package vn.da06.template;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Small helpers for writing template cells: values with styles, comments, validations, row heights. */
final class Cells {

    /** Author shown on the comments da06 writes. */
    static final String AUTHOR = "da06";
    private static final float LINE_POINTS = 15.75f;
    /** Times New Roman letters are a little narrower than the digit a column width is measured in; keep a margin. */
    private static final double CHARS_PER_WIDTH_UNIT = 1.12;

    private Cells() {
    }

    static XSSFCell text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    static XSSFCell number(XSSFRow row, int column, BigDecimal value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    static XSSFCell date(XSSFRow row, int column, LocalDate value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A comment box on the cell, about three columns wide, shown when the mouse is over the cell. */
    static void comment(XSSFSheet sheet, Cell cell, String text) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    /** A validation with a Vietnamese error box that refuses other values. */
    static void validate(XSSFSheet sheet, DataValidationConstraint constraint, CellRangeAddressList cells,
                         String errorTitle, String errorText) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint, cells);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(errorTitle, errorText);
        sheet.addValidationData(validation);
    }

    /** Sets column widths, in characters. */
    static void widths(XSSFSheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    /**
     * Makes the row tall enough for its wrapped text. Excel and LibreOffice do not agree on re-fitting rows when a
     * file opens, so the height is estimated here from the text length and the column widths.
     */
    static void fitHeight(XSSFRow row, int firstColumn, int lastColumn) {
        XSSFSheet sheet = row.getSheet();
        int lines = 1;
        for (int c = firstColumn; c <= lastColumn; c++) {
            XSSFCell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                int width = sheet.getColumnWidth(c) / 256;
                lines = Math.max(lines, lines(cell.getStringCellValue(), width));
            }
        }
        row.setHeightInPoints(lines * LINE_POINTS + 4);
    }

    /** Makes the row tall enough for text wrapped in a merged cell of the given total width. */
    static void fitMerged(XSSFRow row, String text, int widthChars) {
        row.setHeightInPoints(lines(text, widthChars) * LINE_POINTS + 4);
    }

    /** Rows needed to show the text wrapped in a column (or merged columns) of the given width. */
    private static int lines(String text, int widthChars) {
        int perLine = Math.max(1, (int) Math.floor(widthChars * CHARS_PER_WIDTH_UNIT) - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, wrappedLines(paragraph, perLine));
        }
        return lines;
    }

    private static int wrappedLines(String paragraph, int perLine) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > perLine) {
                lines++;
                used -= perLine;
            }
        }
        return lines;
    }
}
