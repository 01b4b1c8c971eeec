package vn.da06.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.base.VietnameseText;
import vn.da06.submission.ParsedWorkbook.TaskFact;
import vn.da06.submission.ReferenceData.PlanInfo;
import vn.da06.submission.ReferenceData.UnitInfo;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/**
 * The task sheet (Nhiệm vụ): one row per task of the plan given to the unit, each once, with a status from the list,
 * progress up to 100%, a completion date no later than the file and no earlier than the plan, and free text.
 */
final class TaskSheetRules {

    /** Dates in messages as users write them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Pattern TASK_CODE = Pattern.compile("(?:nv)?\\s*0*(\\d{1,3})");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final WorkbookUnderCheck workbook;

    TaskSheetRules(WorkbookUnderCheck workbook) {
        this.workbook = workbook;
    }

    /** The rows that pass every rule; none when the plan or the unit is unknown, though every row is still checked. */
    List<TaskFact> facts(WorkbookCells.Sheet sheet, PlanInfo plan, UnitInfo unit) {
        Optional<DataSheet<TaskColumn>> found = DataSheet.find(workbook, sheet, TaskColumn.class, TaskColumn::header,
                TaskColumn::required);
        if (found.isEmpty()) {
            return List.of();
        }
        DataSheet<TaskColumn> table = found.get();
        ReferenceData reference = workbook.reference();
        List<TaskFact> facts = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (var entry : table.rows().entrySet()) {
            Map<Integer, CellValue> row = entry.getValue();
            CellValue codeCell = table.cell(row, TaskColumn.CODE);
            Matcher code = codeCell == null ? null : TASK_CODE.matcher(VietnameseText.key(CellParsing.text(codeCell)));
            if (code == null || !code.matches()) {
                continue; // a blank row or a note below the table
            }
            String taskCode = String.format("NV%02d", Integer.parseInt(code.group(1)));
            Optional<ReferenceData.TaskInfo> task = plan == null ? Optional.empty() : reference.task(plan.key(), taskCode);
            if (plan != null && task.isEmpty()) {
                table.error(codeCell, Rule.TASK_UNKNOWN, "kế hoạch " + plan.code() + " không có nhiệm vụ " + taskCode
                        + "; hãy xóa dòng này hoặc sửa đúng mã nhiệm vụ.");
                continue;
            }
            Optional<String> role = task.flatMap(t -> unit == null ? Optional.empty() : reference.role(unit.key(), t.key()));
            if (task.isPresent() && unit != null && role.isEmpty()) {
                table.error(codeCell, Rule.TASK_NOT_ASSIGNED, "nhiệm vụ " + taskCode + " không giao cho đơn vị "
                        + unit.code() + "; hãy xóa dòng này.");
                continue;
            }
            if (task.isPresent() && !seen.add(task.get().key())) {
                table.error(codeCell, Rule.TASK_DUPLICATE, "nhiệm vụ " + taskCode + " xuất hiện hơn một lần; hãy giữ một dòng.");
                continue;
            }
            String statusCell = table.reference(TaskColumn.STATUS, entry.getKey());
            TaskFact fact = new TaskFact(task.map(ReferenceData.TaskInfo::key).orElse(0), role.orElse("cooperating"),
                    status(table, table.cell(row, TaskColumn.STATUS)),
                    percent(table, table.cell(row, TaskColumn.PROGRESS)),
                    completedOn(table, table.cell(row, TaskColumn.COMPLETED_ON), plan),
                    table.freeText(table.cell(row, TaskColumn.RESULT)),
                    table.freeText(table.cell(row, TaskColumn.DIFFICULTIES)),
                    table.freeText(table.cell(row, TaskColumn.PROPOSALS)), statusCell);
            if (task.isPresent() && unit != null) {
                facts.add(fact);
            }
        }
        return facts;
    }

    private static String status(DataSheet<TaskColumn> table, CellValue cell) {
        if (cell == null || CellParsing.text(cell).isEmpty()) {
            return null;
        }
        Optional<String> status = WorkbookLayout.status(CellParsing.text(cell));
        if (status.isEmpty()) {
            table.error(cell, Rule.STATUS_UNKNOWN, "tình trạng \"" + CellParsing.text(cell) + "\" không có trong danh sách; "
                    + "hãy chọn một trong: " + String.join(", ", WorkbookLayout.STATUSES.stream().map(Map.Entry::getKey).toList()) + ".");
        }
        return status.orElse(null);
    }

    private static BigDecimal percent(DataSheet<TaskColumn> table, CellValue cell) {
        BigDecimal value = table.number(cell, true);
        if (value != null && value.compareTo(HUNDRED) > 0) {
            table.error(cell, Rule.PERCENT_OVER_100, "tiến độ " + value.toPlainString() + "% vượt 100%; hãy nhập từ 0 đến 100.");
            return null;
        }
        return value;
    }

    private LocalDate completedOn(DataSheet<TaskColumn> table, CellValue cell, PlanInfo plan) {
        if (cell == null || CellParsing.text(cell).isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = workbook.date(cell);
        } catch (IllegalArgumentException e) {
            table.error(cell, Rule.DATE_INVALID, "ngày hoàn thành " + e.getMessage() + ".");
            return null;
        }
        LocalDate receivedOn = workbook.receivedOn();
        if (date.isAfter(receivedOn)) {
            table.error(cell, Rule.DATE_IN_FUTURE, "ngày hoàn thành " + DAY.format(date) + " sau ngày gửi báo cáo "
                    + DAY.format(receivedOn) + "; chỉ ghi ngày đã hoàn thành thật.");
            return null;
        }
        if (plan != null && date.isBefore(plan.startsOn())) {
            table.error(cell, Rule.DATE_BEFORE_PLAN, "ngày hoàn thành " + DAY.format(date) + " trước khi kế hoạch bắt đầu ("
                    + DAY.format(plan.startsOn()) + "); hãy kiểm tra lại năm.");
            return null;
        }
        return date;
    }
}
