package vn.da06.template;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.da06.base.MonthRange;
import vn.da06.template.TemplateStyles.Input;
import vn.da06.template.UnitTemplate.IndicatorLine;
import vn.da06.template.UnitTemplate.PreviousIndicator;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;

/**
 * The "Chỉ tiêu" sheet: title rows 1–2, the {@link IndicatorColumn} headers in row 3 in enum order (column A to H),
 * then one row per indicator from row 4, in plan order. Tỷ lệ (%) is a formula of Tử số and Mẫu số.
 */
final class IndicatorSheet {

    /** Column widths in characters, by {@link IndicatorColumn} ordinal. */
    private static final int[] WIDTHS = {12, 44, 48, 11, 13, 13, 11, 30};
    private static final String NUMERATOR = CellReference.convertNumToColString(IndicatorColumn.NUMERATOR.ordinal());
    private static final String DENOMINATOR = CellReference.convertNumToColString(IndicatorColumn.DENOMINATOR.ordinal());

    private IndicatorSheet() {
    }

    static void write(XSSFSheet sheet, UnitTemplate template, TemplateStyles styles) {
        Cells.widths(sheet, WIDTHS);
        int last = IndicatorColumn.values().length - 1;
        TemplateWorkbook.titleRows(sheet, styles, last, "KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÁNG "
                        + MonthRange.LABEL.format(template.month()) + " – " + template.unit().name().toUpperCase(Locale.ROOT),
                template.indicators().isEmpty()
                        ? "Đơn vị không phải báo cáo chỉ tiêu nào theo kế hoạch; không cần nhập sheet này."
                        : "Nhập tử số và mẫu số là số nguyên không âm, tử số không lớn hơn mẫu số; tỷ lệ tự tính. Chỉ tiêu "
                        + "\"trong tháng\" ghi số phát sinh trong tháng; chỉ tiêu khác ghi số lũy kế đến cuối tháng. "
                        + "Không phát sinh thì ghi 0 cả hai ô. Ô nền xanh nhạt là số liệu tháng trước: hãy cập nhật.");
        TemplateWorkbook.headerRow(sheet, styles,
                Arrays.stream(IndicatorColumn.values()).map(IndicatorColumn::header).toList());

        int rowIndex = TemplateWorkbook.FIRST_DATA_ROW;
        for (IndicatorLine indicator : template.indicators()) {
            XSSFRow row = sheet.createRow(rowIndex);
            Cells.text(row, IndicatorColumn.CODE.ordinal(), indicator.code(), styles.centered);
            Cells.text(row, IndicatorColumn.NAME.ordinal(), indicator.name(), styles.text);
            Cells.text(row, IndicatorColumn.METHOD.ordinal(), indicator.method(), styles.text);
            Cells.number(row, IndicatorColumn.TARGET.ordinal(), indicator.targetPct(), styles.number);
            writeInputs(sheet, row, indicator, styles);
            int excelRow = rowIndex + 1;
            row.createCell(IndicatorColumn.RATIO.ordinal()).setCellFormula(ratioFormula(excelRow));
            row.getCell(IndicatorColumn.RATIO.ordinal()).setCellStyle(styles.ratio);
            Cells.text(row, IndicatorColumn.NOTE.ordinal(), null, styles.input(Input.TEXT, false));
            Cells.fitHeight(row, 0, last);
            rowIndex++;
        }
        if (!template.indicators().isEmpty()) {
            validate(sheet, rowIndex - 1);
            highlightNumeratorOverDenominator(sheet, rowIndex - 1);
        }
        sheet.createFreezePane(IndicatorColumn.NAME.ordinal(), TemplateWorkbook.FIRST_DATA_ROW);
    }

    /** Blank until both numbers are there and the denominator is positive (0 means no data, not 0 %). */
    static String ratioFormula(int excelRow) {
        String n = NUMERATOR + excelRow;
        String d = DENOMINATOR + excelRow;
        return "IF(AND(ISNUMBER(" + n + "),ISNUMBER(" + d + ")," + d + ">0),ROUND(" + n + "/" + d + "*100,2),\"\")";
    }

    private static void writeInputs(XSSFSheet sheet, XSSFRow row, IndicatorLine indicator, TemplateStyles styles) {
        PreviousIndicator previous = indicator.previous();
        boolean carry = previous != null && !indicator.flow();
        XSSFCell numerator = Cells.number(row, IndicatorColumn.NUMERATOR.ordinal(), carry ? previous.numerator() : null,
                styles.input(Input.WHOLE, carry));
        Cells.number(row, IndicatorColumn.DENOMINATOR.ordinal(), carry ? previous.denominator() : null,
                styles.input(Input.WHOLE, carry));
        if (carry) {
            Cells.comment(sheet, numerator, "Số liệu tháng " + MonthRange.LABEL.format(previous.month()) + ", hãy cập nhật.");
        } else if (previous != null) {
            Cells.comment(sheet, numerator, "Tháng " + MonthRange.LABEL.format(previous.month()) + ": tử số "
                    + number(previous.numerator()) + ", mẫu số " + number(previous.denominator())
                    + ". Chỉ tiêu tính theo tháng: hãy nhập số phát sinh trong tháng này.");
        }
    }

    private static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return format.format(value);
    }

    private static void validate(XSSFSheet sheet, int lastRow) {
        var helper = sheet.getDataValidationHelper();
        CellRangeAddressList numbers = new CellRangeAddressList(TemplateWorkbook.FIRST_DATA_ROW, lastRow,
                IndicatorColumn.NUMERATOR.ordinal(), IndicatorColumn.DENOMINATOR.ordinal());
        Cells.validate(sheet, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), numbers,
                "Số không hợp lệ", "Tử số và mẫu số là số nguyên không âm (0, 1, 2...).");
    }

    /** Colours a row's numbers red while the numerator exceeds the denominator, before the import rejects it. */
    private static void highlightNumeratorOverDenominator(XSSFSheet sheet, int lastRow) {
        int first = TemplateWorkbook.FIRST_DATA_ROW + 1;
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER($" + NUMERATOR + first + "),ISNUMBER($" + DENOMINATOR + first + "),$" + NUMERATOR + first
                        + ">$" + DENOMINATOR + first + ")");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(TemplateWorkbook.FIRST_DATA_ROW,
                lastRow, IndicatorColumn.NUMERATOR.ordinal(), IndicatorColumn.DENOMINATOR.ordinal())}, rule);
    }
}
