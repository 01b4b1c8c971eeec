package vn.da06.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;
import vn.da06.workbook.WorkbookMarker;

/**
 * A monthly workbook written by hand for import tests, following the contract the way a unit's filled template
 * does, with knobs to break it in one place at a time. Values are written as the test gives them: a String is a
 * text cell, a Number a numeric cell.
 */
public final class TestWorkbook {

    private final Map<CoverField, Object> cover = new LinkedHashMap<>();
    private final List<Map<TaskColumn, Object>> tasks = new ArrayList<>();
    private final List<Map<IndicatorColumn, Object>> indicators = new ArrayList<>();
    private List<TaskColumn> taskColumns = Arrays.asList(TaskColumn.values());
    private List<IndicatorColumn> indicatorColumns = Arrays.asList(IndicatorColumn.values());
    private String taskSheet = WorkbookLayout.TASK_SHEET;
    private String indicatorSheet = WorkbookLayout.INDICATOR_SHEET;
    private boolean marker = true;
    private String markerUnit;
    private String markerMonth;
    private byte[] key;

    public static TestWorkbook of(String unit, String month, byte[] markerKey) {
        TestWorkbook wb = new TestWorkbook();
        wb.key = markerKey;
        wb.cover.put(CoverField.UNIT_CODE, unit);
        wb.cover.put(CoverField.UNIT_NAME, "Đơn vị " + unit);
        wb.cover.put(CoverField.PERIOD, month.substring(5) + "/" + month.substring(0, 4));
        wb.cover.put(CoverField.PLAN_CODE, "TUYPHUOC-2024");
        wb.cover.put(CoverField.TEMPLATE_VERSION, WorkbookLayout.TEMPLATE_VERSION);
        wb.cover.put(CoverField.PREPARED_BY, "Nguyễn Văn A");
        wb.markerUnit = unit;
        wb.markerMonth = month;
        return wb;
    }

    /** A task row: code, status, progress, completion date, result, difficulties, proposals (null = blank). */
    public TestWorkbook task(String code, Object status, Object progress, Object completedOn, Object result,
                      String difficulties, String proposals) {
        Map<TaskColumn, Object> row = new LinkedHashMap<>();
        row.put(TaskColumn.CODE, code);
        row.put(TaskColumn.STATUS, status);
        row.put(TaskColumn.PROGRESS, progress);
        row.put(TaskColumn.COMPLETED_ON, completedOn);
        row.put(TaskColumn.RESULT, result);
        row.put(TaskColumn.DIFFICULTIES, difficulties);
        row.put(TaskColumn.PROPOSALS, proposals);
        tasks.add(row);
        return this;
    }

    public TestWorkbook indicator(String code, Object numerator, Object denominator, String note) {
        Map<IndicatorColumn, Object> row = new LinkedHashMap<>();
        row.put(IndicatorColumn.CODE, code);
        row.put(IndicatorColumn.NUMERATOR, numerator);
        row.put(IndicatorColumn.DENOMINATOR, denominator);
        row.put(IndicatorColumn.NOTE, note);
        indicators.add(row);
        return this;
    }

    public TestWorkbook cover(CoverField field, Object value) {
        cover.put(field, value);
        return this;
    }

    public TestWorkbook taskColumns(TaskColumn... order) {
        taskColumns = List.of(order);
        return this;
    }

    public TestWorkbook indicatorColumns(IndicatorColumn... order) {
        indicatorColumns = List.of(order);
        return this;
    }

    public TestWorkbook sheetNames(String tasks, String indicators) {
        taskSheet = tasks;
        indicatorSheet = indicators;
        return this;
    }

    public TestWorkbook withoutMarker() {
        marker = false;
        return this;
    }

    /** A marker signed for another unit or month than the cover says. */
    public TestWorkbook markerFor(String unit, String month) {
        markerUnit = unit;
        markerMonth = month;
        return this;
    }

    /** Writes the workbook and sets its modification time (the arrival the import will see). */
    public Path write(Path file, Instant arrival) throws IOException {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet coverSheet = wb.createSheet(WorkbookLayout.COVER_SHEET);
            coverSheet.createRow(0).createCell(0).setCellValue("BÁO CÁO TIẾN ĐỘ THỰC HIỆN ĐỀ ÁN 06");
            int r = 2;
            for (var e : cover.entrySet()) {
                Row row = coverSheet.createRow(r++);
                row.createCell(0).setCellValue(e.getKey().label());
                set(row, 1, e.getValue());
            }
            Sheet taskSheetOut = wb.createSheet(taskSheet);
            table(taskSheetOut, taskColumns.stream().map(TaskColumn::header).toList(), tasks.stream().map(t ->
                    taskColumns.stream().map(c -> c == TaskColumn.CONTENT ? "Nội dung" : t.get(c)).toList()).toList());
            Sheet indicatorSheetOut = wb.createSheet(indicatorSheet);
            table(indicatorSheetOut, indicatorColumns.stream().map(IndicatorColumn::header).toList(), indicators.stream().map(i ->
                    indicatorColumns.stream().map(c -> (Object) i.get(c)).toList()).toList());
            if (marker) {
                Sheet markerSheet = wb.createSheet(WorkbookLayout.MARKER_SHEET);
                WorkbookMarker m = WorkbookMarker.signed(String.valueOf(cover.get(CoverField.PLAN_CODE)), markerUnit,
                        markerMonth, WorkbookLayout.TEMPLATE_VERSION, key);
                String[][] rows = {{"plan", m.planCode()}, {"unit", m.unitCode()}, {"month", m.month()},
                        {"version", m.templateVersion()}, {"signature", m.signature()}};
                for (int i = 0; i < rows.length; i++) {
                    Row row = markerSheet.createRow(i);
                    row.createCell(0).setCellValue(rows[i][0]);
                    row.createCell(1).setCellValue(rows[i][1]);
                }
                wb.setSheetVisibility(wb.getSheetIndex(markerSheet), SheetVisibility.VERY_HIDDEN);
            }
            wb.write(out);
        }
        Files.setLastModifiedTime(file, FileTime.from(arrival));
        return file;
    }

    private static void table(Sheet sheet, List<String> headers, List<List<Object>> rows) {
        sheet.createRow(0).createCell(0).setCellValue("Tiêu đề trang");
        Row header = sheet.createRow(2);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
        }
        int r = 3;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                set(row, i, values.get(i));
            }
        }
    }

    /** A formula cell (no cached value), e.g. {@code new Formula("HYPERLINK(\"http://x\")")}. */
    public record Formula(String text) {
    }

    private static void set(Row row, int column, Object value) {
        if (value instanceof Formula f) {
            row.createCell(column).setCellFormula(f.text());
        } else if (value instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
        } else if (value instanceof java.time.LocalDate d) {
            var cell = row.createCell(column);
            cell.setCellValue(d);
            var style = row.getSheet().getWorkbook().createCellStyle();
            style.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            cell.setCellStyle(style);
        } else if (value != null) {
            row.createCell(column).setCellValue(value.toString());
        }
    }
}
