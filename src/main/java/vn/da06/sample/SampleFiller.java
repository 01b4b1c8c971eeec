package vn.da06.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.sample.MonthReport.IndicatorReport;
import vn.da06.sample.MonthReport.TaskReport;
import vn.da06.template.CoverSheet;
import vn.da06.template.TemplateWorkbook;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/** Types a simulated unit's month into its workbook, the way a person would (see {@link Typing}). */
final class SampleFiller {

    private SampleFiller() {
    }

    /** Who prepared the workbook and when, as written on the cover. */
    record Preparer(String name, String phone, LocalDate preparedOn) {
    }

    static void fill(XSSFWorkbook workbook, MonthReport report, Preparer preparer, Typing typing) {
        XSSFSheet cover = workbook.getSheet(WorkbookLayout.COVER_SHEET);
        Typing.text(coverValue(cover, CoverField.PREPARED_BY), preparer.name());
        Typing.text(coverValue(cover, CoverField.PHONE), preparer.phone());
        typing.date(coverValue(cover, CoverField.PREPARED_ON), preparer.preparedOn());

        for (XSSFRow row : dataRows(workbook.getSheet(WorkbookLayout.TASK_SHEET), TaskColumn.CODE.ordinal())) {
            TaskReport task = report.tasks().get(row.getCell(TaskColumn.CODE.ordinal()).getStringCellValue());
            if (task != null) {
                typing.status(cell(row, TaskColumn.STATUS.ordinal()), task.status());
                typing.percent(cell(row, TaskColumn.PROGRESS.ordinal()), task.progress());
                typing.date(cell(row, TaskColumn.COMPLETED_ON.ordinal()), task.completedOn());
                Typing.text(cell(row, TaskColumn.RESULT.ordinal()), task.result());
                Typing.text(cell(row, TaskColumn.DIFFICULTIES.ordinal()), task.difficulties());
                Typing.text(cell(row, TaskColumn.PROPOSALS.ordinal()), task.proposals());
            }
        }
        for (XSSFRow row : dataRows(workbook.getSheet(WorkbookLayout.INDICATOR_SHEET), IndicatorColumn.CODE.ordinal())) {
            IndicatorReport indicator = report.indicators().get(row.getCell(IndicatorColumn.CODE.ordinal()).getStringCellValue());
            if (indicator != null) {
                typing.whole(cell(row, IndicatorColumn.NUMERATOR.ordinal()), indicator.numerator());
                typing.whole(cell(row, IndicatorColumn.DENOMINATOR.ordinal()), indicator.denominator());
                Typing.text(cell(row, IndicatorColumn.NOTE.ordinal()), indicator.note());
            }
        }
    }

    /** The task or indicator rows: from the first data row down to the first row without a code. */
    static List<XSSFRow> dataRows(XSSFSheet sheet, int codeColumn) {
        List<XSSFRow> rows = new ArrayList<>();
        for (int r = TemplateWorkbook.FIRST_DATA_ROW; ; r++) {
            XSSFRow row = sheet.getRow(r);
            XSSFCell code = row == null ? null : row.getCell(codeColumn);
            if (code == null || code.getCellType() != CellType.STRING || code.getStringCellValue().isBlank()) {
                return rows;
            }
            rows.add(row);
        }
    }

    static XSSFCell cell(XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        return cell != null ? cell : row.createCell(column);
    }

    private static XSSFCell coverValue(XSSFSheet cover, CoverField field) {
        return cell(cover.getRow(CoverSheet.FIRST_FIELD_ROW + field.ordinal()), 1);
    }
}
