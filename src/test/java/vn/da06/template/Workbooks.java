package vn.da06.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/** Reading generated workbooks back in tests, independently of the code that wrote them. */
public final class Workbooks {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Workbooks() {
    }

    public static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of a cell as a user sees it (cached value for formulas); "" when absent. */
    public static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        if (c == null) {
            return "";
        }
        FORMATTER.setUseCachedValuesForFormulaCells(true);
        return FORMATTER.formatCellValue(c);
    }

    /** The header row's texts, found as the row whose first cell is the first column's header. */
    static List<String> headerRow(Sheet sheet, String firstHeader) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstHeader.equals(text(sheet, row.getRowNum(), 0))) {
                List<String> headers = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    headers.add(text(sheet, row.getRowNum(), c));
                }
                return headers;
            }
        }
        throw new AssertionError("no header row starting with " + firstHeader + " in " + sheet.getSheetName());
    }

    /** Every cell of every sheet as "sheet!A1 type value" lines: what a reader would see, without the zip's dates. */
    public static List<String> dump(Path file) {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = open(file)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " "
                                + (cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() + " " : "")
                                + text(sheet, row.getRowNum(), cell.getColumnIndex()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Column A and B of the marker sheet, in order. */
    public static List<String> markerRows(XSSFWorkbook workbook) {
        XSSFSheet marker = workbook.getSheet(WorkbookLayout.MARKER_SHEET);
        List<String> rows = new ArrayList<>();
        for (Row row : marker) {
            rows.add(text(marker, row.getRowNum(), 0) + "=" + text(marker, row.getRowNum(), 1));
        }
        return rows;
    }

    /** Row indexes below the header row that carry a code in column B or A. */
    public static List<Integer> dataRows(XSSFSheet sheet) {
        int codeColumn = sheet.getSheetName().equals(WorkbookLayout.TASK_SHEET) ? TaskColumn.CODE.ordinal() : IndicatorColumn.CODE.ordinal();
        List<Integer> rows = new ArrayList<>();
        for (int r = TemplateWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            if (!text(sheet, r, codeColumn).isBlank()) {
                rows.add(r);
            }
        }
        return rows;
    }
}
