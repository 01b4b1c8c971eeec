package vn.da06.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.da06.base.MonthRange;
import vn.da06.template.TemplateStyles.Input;
import vn.da06.template.UnitTemplate.PreviousTask;
import vn.da06.template.UnitTemplate.TaskLine;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/**
 * The "Nhiệm vụ" sheet: title rows 1–2, the {@link TaskColumn} headers in row 3 in enum order (column A to K), then
 * one row per task from row 4, by task number.
 */
final class TaskSheet {

    /** Column widths in characters, by {@link TaskColumn} ordinal. */
    private static final int[] WIDTHS = {6, 11, 58, 16, 11, 18, 10, 14, 32, 30, 30};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TaskSheet() {
    }

    static void write(XSSFSheet sheet, UnitTemplate template, TemplateStyles styles, String statusList) {
        Cells.widths(sheet, WIDTHS);
        int last = TaskColumn.values().length - 1;
        TemplateWorkbook.titleRows(sheet, styles, last, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THÁNG "
                        + MonthRange.LABEL.format(template.month()) + " – " + template.unit().name().toUpperCase(Locale.ROOT),
                template.tasks().isEmpty()
                        ? "Đơn vị không được giao nhiệm vụ nào trong kế hoạch; không cần nhập sheet này."
                        : "Nhập các cột nền vàng nhạt, từ \"Tình trạng\" đến \"Đề xuất, kiến nghị\". Đúng hạn hay trễ hạn do "
                        + "hệ thống tự tính từ ngày hoàn thành và thời hạn. Ô nền xanh nhạt là số liệu tháng trước: hãy cập nhật.");
        TemplateWorkbook.headerRow(sheet, styles, Arrays.stream(TaskColumn.values()).map(TaskColumn::header).toList());

        int rowIndex = TemplateWorkbook.FIRST_DATA_ROW;
        for (TaskLine task : template.tasks()) {
            XSSFRow row = sheet.createRow(rowIndex);
            Cells.number(row, TaskColumn.NUMBER.ordinal(), BigDecimal.valueOf(rowIndex - TemplateWorkbook.HEADER_ROW), styles.number);
            Cells.text(row, TaskColumn.CODE.ordinal(), task.code(), styles.centered);
            Cells.text(row, TaskColumn.CONTENT.ordinal(), task.content(), styles.text);
            Cells.text(row, TaskColumn.DEADLINE.ordinal(), task.deadlineText(), styles.text);
            Cells.text(row, TaskColumn.ROLE.ordinal(), WorkbookLayout.roleLabel(task.role()), styles.centered);
            writeInputs(sheet, row, task, styles);
            Cells.fitHeight(row, 0, last);
            rowIndex++;
        }
        if (!template.tasks().isEmpty()) {
            validate(sheet, template, rowIndex - 1, statusList);
        }
        sheet.createFreezePane(TaskColumn.CONTENT.ordinal(), TemplateWorkbook.FIRST_DATA_ROW);
    }

    private static void writeInputs(XSSFSheet sheet, XSSFRow row, TaskLine task, TemplateStyles styles) {
        PreviousTask previous = task.previous();
        boolean carry = previous != null && !task.recurring();
        XSSFCell status = Cells.text(row, TaskColumn.STATUS.ordinal(),
                carry && previous.status() != null ? WorkbookLayout.statusLabel(previous.status()) : null,
                styles.input(Input.TEXT, carry && previous.status() != null));
        Cells.number(row, TaskColumn.PROGRESS.ordinal(), carry ? previous.progress() : null,
                styles.input(Input.DECIMAL, carry && previous.progress() != null));
        Cells.date(row, TaskColumn.COMPLETED_ON.ordinal(), carry ? previous.completedOn() : null,
                styles.input(Input.DATE, carry && previous.completedOn() != null));
        Cells.text(row, TaskColumn.RESULT.ordinal(), carry ? previous.result() : null,
                styles.input(Input.TEXT, carry && previous.result() != null));
        Cells.text(row, TaskColumn.DIFFICULTIES.ordinal(), null, styles.input(Input.TEXT, false));
        Cells.text(row, TaskColumn.PROPOSALS.ordinal(), null, styles.input(Input.TEXT, false));
        if (carry) {
            Cells.comment(sheet, status, "Số liệu tháng " + MonthRange.LABEL.format(previous.month()) + ", hãy cập nhật.");
        } else if (previous != null) {
            Cells.comment(sheet, status, "Tháng " + MonthRange.LABEL.format(previous.month()) + ": " + summary(previous)
                    + ". Nhiệm vụ định kỳ hằng tháng: hãy nhập tình hình của tháng này.");
        }
    }

    private static String summary(PreviousTask previous) {
        StringBuilder text = new StringBuilder(previous.status() == null ? "chưa ghi tình trạng"
                : WorkbookLayout.statusLabel(previous.status()));
        if (previous.completedOn() != null) {
            text.append(", hoàn thành ngày ").append(DATE.format(previous.completedOn()));
        }
        if (previous.result() != null) {
            text.append(", kết quả: ").append(previous.result());
        }
        return text.toString();
    }

    private static void validate(XSSFSheet sheet, UnitTemplate template, int lastRow, String statusList) {
        int first = TemplateWorkbook.FIRST_DATA_ROW;
        var helper = sheet.getDataValidationHelper();
        Cells.validate(sheet, helper.createFormulaListConstraint(statusList),
                column(first, lastRow, TaskColumn.STATUS), "Tình trạng không hợp lệ",
                "Chọn một trong: " + String.join("; ", WorkbookLayout.STATUSES.stream().map(e -> e.getKey()).toList()) + ".");
        Cells.validate(sheet, helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100"),
                column(first, lastRow, TaskColumn.PROGRESS), "Tiến độ không hợp lệ",
                "Tiến độ là một số từ 0 đến 100 (phần trăm).");
        LocalDate start = template.plan().startsOn();
        Cells.validate(sheet, helper.createDateConstraint(OperatorType.BETWEEN,
                        "DATE(" + start.getYear() + "," + start.getMonthValue() + "," + start.getDayOfMonth() + ")", "TODAY()", null),
                column(first, lastRow, TaskColumn.COMPLETED_ON), "Ngày hoàn thành không hợp lệ",
                "Nhập ngày dạng dd/mm/yyyy, từ ngày bắt đầu kế hoạch (" + DATE.format(start) + ") đến hôm nay.");
    }

    private static CellRangeAddressList column(int firstRow, int lastRow, TaskColumn column) {
        return new CellRangeAddressList(firstRow, lastRow, column.ordinal(), column.ordinal());
    }
}
