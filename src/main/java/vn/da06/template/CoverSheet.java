package vn.da06.template;

import java.time.YearMonth;

import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.da06.base.MonthRange;
import vn.da06.template.TemplateStyles.Input;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;

/**
 * The cover sheet "Thông tin": a title in row 1, the plan name in row 2, then one row per {@link CoverField} from
 * row 3 in enum order, label in column A and value in column B (hints for the unit in column C).
 */
public final class CoverSheet {

    /** 0-based row of the first cover field (Excel row 3). */
    public static final int FIRST_FIELD_ROW = 2;
    private static final int[] WIDTHS = {20, 62, 44};
    private static final int TOTAL_WIDTH = WIDTHS[0] + WIDTHS[1] + WIDTHS[2];

    private CoverSheet() {
    }

    static void write(XSSFSheet sheet, UnitTemplate template, TemplateStyles styles) {
        Cells.widths(sheet, WIDTHS);
        XSSFRow title = sheet.createRow(0);
        Cells.text(title, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06 THÁNG " + MonthRange.LABEL.format(template.month()),
                styles.title);
        title.setHeightInPoints(24);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        XSSFRow planRow = sheet.createRow(1);
        Cells.text(planRow, 0, template.plan().name(), styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
        Cells.fitMerged(planRow, template.plan().name(), TOTAL_WIDTH);

        for (CoverField field : CoverField.values()) {
            XSSFRow row = sheet.createRow(FIRST_FIELD_ROW + field.ordinal());
            Cells.text(row, 0, field.label(), styles.label);
            writeValue(row, field, template, styles);
            Cells.fitHeight(row, 0, 2);
        }
        int last = FIRST_FIELD_ROW + CoverField.values().length - 1;
        // Unit codes such as 21952 and phone numbers are text on purpose: no "number stored as text" flags.
        sheet.addIgnoredErrors(new CellRangeAddress(FIRST_FIELD_ROW, last, 1, 1), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        XSSFRow note = sheet.createRow(last + 2);
        Cells.text(note, 0, "Đơn vị chỉ nhập các ô nền vàng nhạt (ở đây: người lập, số điện thoại, ngày lập) và các sheet "
                + "\"" + WorkbookLayout.TASK_SHEET + "\", \"" + WorkbookLayout.INDICATOR_SHEET + "\". Không sửa mã đơn vị, "
                + "kỳ báo cáo, mã kế hoạch, phiên bản mẫu: tệp đã sửa các ô này sẽ bị từ chối. Xem sheet \""
                + WorkbookLayout.GUIDE_SHEET + "\".", styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(last + 2, last + 2, 0, 2));
        Cells.fitMerged(note, note.getCell(0).getStringCellValue(), TOTAL_WIDTH);

        int preparedOn = FIRST_FIELD_ROW + CoverField.PREPARED_ON.ordinal();
        YearMonth month = template.month();
        Cells.validate(sheet, sheet.getDataValidationHelper().createDateConstraint(OperatorType.BETWEEN,
                        "DATE(" + month.getYear() + "," + month.getMonthValue() + ",1)", "TODAY()", null),
                new CellRangeAddressList(preparedOn, preparedOn, 1, 1), "Ngày lập không hợp lệ",
                "Nhập ngày lập dạng dd/mm/yyyy, từ ngày 01/" + MonthRange.LABEL.format(month) + " đến hôm nay.");
    }

    private static void writeValue(XSSFRow row, CoverField field, UnitTemplate template, TemplateStyles styles) {
        switch (field) {
            case UNIT_CODE -> Cells.text(row, 1, template.unit().code(), styles.text);
            case UNIT_NAME -> Cells.text(row, 1, template.unit().name(), styles.text);
            case PERIOD -> Cells.text(row, 1, MonthRange.LABEL.format(template.month()), styles.text);
            case PLAN_CODE -> Cells.text(row, 1, template.plan().code(), styles.text);
            case TEMPLATE_VERSION -> Cells.text(row, 1, WorkbookLayout.TEMPLATE_VERSION, styles.text);
            case PREPARED_BY -> {
                Cells.text(row, 1, null, styles.input(Input.TEXT, false));
                Cells.text(row, 2, "Họ tên, chức vụ người lập báo cáo", styles.subtitle);
            }
            case PHONE -> {
                Cells.text(row, 1, null, styles.input(Input.TEXT, false));
                Cells.text(row, 2, "Số điện thoại liên hệ khi cần làm rõ số liệu", styles.subtitle);
            }
            case PREPARED_ON -> {
                Cells.date(row, 1, null, styles.input(Input.DATE, false));
                Cells.text(row, 2, "Ngày lập báo cáo, dạng dd/mm/yyyy", styles.subtitle);
            }
        }
    }
}
