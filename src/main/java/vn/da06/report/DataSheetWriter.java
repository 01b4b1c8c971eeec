package vn.da06.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the XLSX export: the document's pages, then the flat data sheets, streaming their rows (see
 * {@link DataSheetRows}, {@link DataSheetWorkbook}): a bold header row, frozen and filtered, numbers and dates as real
 * cells, text always as text (a value that starts with "=" is never a formula), columns as wide as their longest value.
 */
final class DataSheetWriter {

    private static final String FONT = "Liberation Serif";
    private static final int MAX_WIDTH_CHARS = 60;
    /**
     * Rows of a data sheet kept in memory while the rest streams to a temporary file: one, as rows are written in
     * order and never read back; a larger window only made SXSSF's look-ups in its map of rows dearer.
     */
    private static final int ROWS_IN_MEMORY = 1;

    private final DataSheetWorkbook workbook;
    private final boolean date1904;
    private final int rowsPerSheet;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle code;
    private final CellStyle date;

    private DataSheetWriter(DataSheetWorkbook workbook, int rowsPerSheet) {
        this.workbook = workbook;
        this.date1904 = workbook.getXSSFWorkbook().isDate1904();
        this.rowsPerSheet = rowsPerSheet;
        Font plain = workbook.createFont();
        plain.setFontName(FONT);
        plain.setFontHeightInPoints((short) 11);
        Font bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        header = style(bold, null);
        text = style(plain, null);
        whole = style(plain, "#,##0");
        decimal = style(plain, "#,##0.##");
        code = style(plain, "0");
        date = style(plain, "dd/mm/yyyy");
    }

    /** Writes the workbook of the document's pages with the data sheets of {@code rows} after them. */
    static void write(XSSFWorkbook pages, Path rows, OutputStream out) throws IOException {
        write(pages, rows, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), out);
    }

    /** With at most {@code rowsPerSheet} rows under the header of each sheet. */
    static void write(XSSFWorkbook pages, Path rows, int rowsPerSheet, OutputStream out) throws IOException {
        DataSheetWorkbook workbook = new DataSheetWorkbook(pages, ROWS_IN_MEMORY);
        try {
            DataSheetWriter writer = new DataSheetWriter(workbook, rowsPerSheet);
            try (DataSheetRows.Reader reader = DataSheetRows.open(rows)) {
                for (DataSheetRows.SheetStart sheet = reader.nextSheet(); sheet != null; sheet = reader.nextSheet()) {
                    writer.sheet(sheet, reader);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * Writes a data sheet's rows; past the row limit of a sheet they go on in continuation sheets, "… (2)", "… (3)",
     * each with the headers (a year of a province's task rows exceeds one sheet).
     */
    private void sheet(DataSheetRows.SheetStart start, DataSheetRows.Reader reader) throws IOException {
        int part = 1;
        Part sheet = new Part(workbook.createDataSheet(start.name()), start.headers());
        for (Object[] values = reader.nextRow(); values != null; values = reader.nextRow()) {
            if (sheet.rows == rowsPerSheet) {
                sheet.finish();
                sheet = new Part(workbook.createDataSheet(start.name() + " (" + ++part + ")"), start.headers());
            }
            sheet.add(values);
        }
        sheet.finish();
    }

    /**
     * One sheet of a data sheet's rows. The header row and the last row are POI's (the sheet's dimension is taken
     * from the rows POI holds); the rows between go straight to the sheet's XML, one row behind the one added.
     */
    private final class Part {

        private final SXSSFSheet sheet;
        private final DataSheetWorkbook.SheetXml xml;
        private final int[] widths;
        /** The row added last, not written yet. */
        private Object[] pending;
        private int rows;
        /** The cells of the row being written: a style for each cell that has a value, its text or its number. */
        private final CellStyle[] styles;
        private final double[] numbers;
        private final String[] texts;

        Part(DataSheetWorkbook.NewSheet made, String[] headers) {
            sheet = made.sheet();
            xml = made.xml();
            widths = new int[headers.length];
            styles = new CellStyle[headers.length];
            numbers = new double[headers.length];
            texts = new String[headers.length];
            SXSSFRow top = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                SXSSFCell cell = top.createCell(c);
                cell.setCellValue(headers[c]);
                cell.setCellStyle(header);
                widths[c] = headers[c].length() + 3;
            }
        }

        void add(Object[] values) throws IOException {
            if (pending != null) {
                if (rows == 1) {
                    sheet.flushRows(); // the header, before the rows written straight
                }
                cells(pending);
                xml.row(rows, styles, numbers, texts);
            }
            pending = values;
            rows++;
        }

        void finish() {
            if (pending != null) {
                cells(pending);
                SXSSFRow row = sheet.createRow(rows);
                for (int c = 0; c < styles.length; c++) {
                    if (styles[c] != null) {
                        SXSSFCell cell = row.createCell(c);
                        if (texts[c] != null) {
                            cell.setCellValue(texts[c]);
                        } else {
                            cell.setCellValue(numbers[c]);
                        }
                        cell.setCellStyle(styles[c]);
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH_CHARS) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, widths.length - 1));
        }

        /** Sets the cells of a row from its values, and the columns' widths. */
        private void cells(Object[] values) {
            for (int c = 0; c < values.length; c++) {
                styles[c] = null;
                texts[c] = null;
                if (values[c] != null) {
                    widths[c] = Math.max(widths[c], cell(values[c], c));
                }
            }
        }

        /** A value in its type's form; returns the width it needs, in characters. */
        private int cell(Object value, int c) {
            if (value instanceof BigDecimal number) {
                numbers[c] = number.doubleValue();
                styles[c] = number.stripTrailingZeros().scale() <= 0 ? whole : decimal;
                return number.toPlainString().length() + 2;
            }
            if (value instanceof Number number) {
                numbers[c] = number.doubleValue();
                styles[c] = code;
                return number.toString().length() + 2;
            }
            if (value instanceof LocalDate day) {
                numbers[c] = DateUtil.getExcelDate(day.atStartOfDay(), date1904);
                styles[c] = date;
                return 12;
            }
            texts[c] = value.toString();
            styles[c] = text;
            return texts[c].length() + 2;
        }
    }

    private CellStyle style(Font font, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
