package vn.da06.template;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.base.MonthRange;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookMarker;

/**
 * Builds a unit's monthly workbook (contract v1): the four visible sheets, the hidden status list and the very hidden
 * signed marker. Every sheet is protected without a password: read-only cells are locked, input cells are not.
 */
public final class TemplateWorkbook {

    /** 0-based index of the header row of "Nhiệm vụ" and "Chỉ tiêu" (Excel row 3). */
    static final int HEADER_ROW = 2;
    /** 0-based index of the first task or indicator row (Excel row 4). */
    public static final int FIRST_DATA_ROW = 3;
    /** Keys of the marker sheet, column A from row 1, in this order; values in column B. */
    static final List<String> MARKER_KEYS = List.of("plan", "unit", "month", "version", "signature");

    private TemplateWorkbook() {
    }

    static XSSFWorkbook build(UnitTemplate template, WorkbookMarker marker) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(workbook);
        XSSFSheet cover = workbook.createSheet(WorkbookLayout.COVER_SHEET);
        XSSFSheet tasks = workbook.createSheet(WorkbookLayout.TASK_SHEET);
        XSSFSheet indicators = workbook.createSheet(WorkbookLayout.INDICATOR_SHEET);
        XSSFSheet guide = workbook.createSheet(WorkbookLayout.GUIDE_SHEET);
        XSSFSheet lists = workbook.createSheet(WorkbookLayout.LIST_SHEET);
        XSSFSheet markerSheet = workbook.createSheet(WorkbookLayout.MARKER_SHEET);

        CoverSheet.write(cover, template, styles);
        TaskSheet.write(tasks, template, styles, statusList(lists));
        IndicatorSheet.write(indicators, template, styles);
        GuideSheet.write(guide, template, styles);
        writeMarker(markerSheet, marker);

        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(workbook.getSheetIndex(markerSheet), SheetVisibility.VERY_HIDDEN);
        for (XSSFSheet sheet : List.of(cover, tasks, indicators, guide, lists, markerSheet)) {
            protect(sheet);
        }
        fitToPageWidth(cover, false);
        fitToPageWidth(tasks, true);
        fitToPageWidth(indicators, true);
        fitToPageWidth(guide, false);
        workbook.setActiveSheet(0);
        workbook.getProperties().getCoreProperties().setCreator(Cells.AUTHOR);
        workbook.getProperties().getCoreProperties().setTitle("Báo cáo Đề án 06 tháng "
                + MonthRange.LABEL.format(template.month()) + " – " + template.unit().name());
        recalculate(workbook);
        return workbook;
    }

    /** Stores the formulas' results, so readers and viewers that do not recalculate see them. */
    public static void recalculate(XSSFWorkbook workbook) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
    }

    /** The table's header row, its height fitted to the longest wrapped header. */
    static void headerRow(XSSFSheet sheet, TemplateStyles styles, List<String> headers) {
        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < headers.size(); c++) {
            Cells.text(header, c, headers.get(c), styles.header);
        }
        Cells.fitHeight(header, 0, headers.size() - 1);
    }

    /** A bold title in row 1 and a wrapped explanation in row 2, both spanning the table's columns. */
    static void titleRows(XSSFSheet sheet, TemplateStyles styles, int lastColumn, String title, String subtitle) {
        XSSFRow titleRow = sheet.createRow(0);
        Cells.text(titleRow, 0, title, styles.title);
        titleRow.setHeightInPoints(24);
        XSSFRow subtitleRow = sheet.createRow(1);
        Cells.text(subtitleRow, 0, subtitle, styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
        int width = 0;
        for (int c = 0; c <= lastColumn; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        Cells.fitMerged(subtitleRow, subtitle, width);
    }

    /** The four status words in column A of the hidden list sheet; returns the formula the dropdown uses. */
    private static String statusList(XSSFSheet lists) {
        List<Map.Entry<String, String>> statuses = WorkbookLayout.STATUSES;
        for (int i = 0; i < statuses.size(); i++) {
            lists.createRow(i).createCell(0).setCellValue(statuses.get(i).getKey());
        }
        return "'" + WorkbookLayout.LIST_SHEET + "'!$A$1:$A$" + statuses.size();
    }

    private static void writeMarker(XSSFSheet sheet, WorkbookMarker marker) {
        List<String> values = List.of(marker.planCode(), marker.unitCode(), marker.month(), marker.templateVersion(),
                marker.signature());
        for (int i = 0; i < MARKER_KEYS.size(); i++) {
            XSSFRow row = sheet.createRow(i);
            row.createCell(0).setCellValue(MARKER_KEYS.get(i));
            row.createCell(1).setCellValue(values.get(i));
        }
    }

    /** Protection without a password: a unit can still lift it; columns and rows may be resized. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static void fitToPageWidth(XSSFSheet sheet, boolean table) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(table);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (table) {
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        }
    }
}
