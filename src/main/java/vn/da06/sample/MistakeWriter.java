package vn.da06.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.sample.MonthReport.IndicatorReport;
import vn.da06.sample.MonthReport.TaskReport;
import vn.da06.template.UnitTemplate;
import vn.da06.template.UnitTemplate.TaskLine;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/**
 * Puts one {@link Mistake} into a filled workbook, as a person would make it. {@link Mistake#OTHER_UNIT_WORKBOOK} is
 * not made here: it is another unit's whole workbook, chosen by {@link SampleWorkbooks}.
 */
final class MistakeWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The completion year typed with two digits swapped (2024 → 2042): a date decades ahead. */
    private static final int YEAR_TYPO = 18;

    private MistakeWriter() {
    }

    static boolean applicable(Mistake mistake, UnitTemplate template, Collection<UnitTemplate> sameMonth) {
        return switch (mistake) {
            case NUMERATOR_OVER_DENOMINATOR, NEGATIVE_NUMBER -> !template.indicators().isEmpty();
            case PROGRESS_OVER_100, COMPLETION_IN_FUTURE, DUPLICATE_TASK_ROW -> !template.tasks().isEmpty();
            case UNASSIGNED_TASK_ROW -> unassignedTask(template, sameMonth).isPresent();
            case OTHER_UNIT_WORKBOOK -> sameMonth.size() > 1;
        };
    }

    /** Makes the mistake; returns where and what, in Vietnamese. */
    static String apply(Mistake mistake, XSSFWorkbook workbook, UnitTemplate template, MonthReport report,
                        Collection<UnitTemplate> sameMonth, Dice dice) {
        XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
        XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
        return switch (mistake) {
            case NUMERATOR_OVER_DENOMINATOR -> numeratorOverDenominator(indicators, report, dice);
            case NEGATIVE_NUMBER -> negativeNumerator(indicators, report, dice);
            case PROGRESS_OVER_100 -> progressOver100(tasks, dice);
            case COMPLETION_IN_FUTURE -> completionInFuture(tasks, template, report, dice);
            case DUPLICATE_TASK_ROW -> duplicateTaskRow(tasks, dice);
            case UNASSIGNED_TASK_ROW -> unassignedTaskRow(tasks, unassignedTask(template, sameMonth).orElseThrow());
            case OTHER_UNIT_WORKBOOK -> throw new IllegalArgumentException("another unit's workbook is chosen, not edited");
        };
    }

    /** The lowest-numbered task that another unit reports this month and this unit does not. */
    static Optional<TaskLine> unassignedTask(UnitTemplate template, Collection<UnitTemplate> sameMonth) {
        Set<String> own = template.tasks().stream().map(TaskLine::code).collect(Collectors.toSet());
        return sameMonth.stream().flatMap(t -> t.tasks().stream()).filter(t -> !own.contains(t.code()))
                .min(Comparator.comparingInt(TaskLine::number));
    }

    private static String numeratorOverDenominator(XSSFSheet sheet, MonthReport report, Dice dice) {
        XSSFRow row = dice.pick(SampleFiller.dataRows(sheet, IndicatorColumn.CODE.ordinal()));
        IndicatorReport right = report.indicators().get(code(row, IndicatorColumn.CODE.ordinal()));
        long denominator = Math.max(10, right.denominator());
        long numerator = denominator + dice.between(1, (int) Math.max(1, denominator / 10));
        SampleFiller.cell(row, IndicatorColumn.DENOMINATOR.ordinal()).setCellValue(denominator);
        XSSFCell cell = SampleFiller.cell(row, IndicatorColumn.NUMERATOR.ordinal());
        cell.setCellValue(numerator);
        return where(cell) + " (" + code(row, IndicatorColumn.CODE.ordinal()) + "): tử số " + numerator
                + " lớn hơn mẫu số " + denominator;
    }

    private static String negativeNumerator(XSSFSheet sheet, MonthReport report, Dice dice) {
        XSSFRow row = dice.pick(SampleFiller.dataRows(sheet, IndicatorColumn.CODE.ordinal()));
        IndicatorReport right = report.indicators().get(code(row, IndicatorColumn.CODE.ordinal()));
        long negative = -Math.max(5, right.numerator());
        XSSFCell cell = SampleFiller.cell(row, IndicatorColumn.NUMERATOR.ordinal());
        cell.setCellValue(negative);
        return where(cell) + " (" + code(row, IndicatorColumn.CODE.ordinal()) + "): tử số âm " + negative;
    }

    private static String progressOver100(XSSFSheet sheet, Dice dice) {
        XSSFRow row = dice.pick(SampleFiller.dataRows(sheet, TaskColumn.CODE.ordinal()));
        int progress = dice.pick(List.of(110, 120, 150));
        XSSFCell cell = SampleFiller.cell(row, TaskColumn.PROGRESS.ordinal());
        cell.setCellValue(progress);
        return where(cell) + " (" + code(row, TaskColumn.CODE.ordinal()) + "): tiến độ " + progress + "%";
    }

    private static String completionInFuture(XSSFSheet sheet, UnitTemplate template, MonthReport report, Dice dice) {
        List<XSSFRow> rows = SampleFiller.dataRows(sheet, TaskColumn.CODE.ordinal());
        List<XSSFRow> done = rows.stream().filter(r -> {
            TaskReport task = report.tasks().get(code(r, TaskColumn.CODE.ordinal()));
            return task != null && task.completedOn() != null;
        }).toList();
        XSSFRow row = dice.pick(done.isEmpty() ? rows : done);
        TaskReport task = report.tasks().get(code(row, TaskColumn.CODE.ordinal()));
        LocalDate typed = (task.completedOn() != null ? task.completedOn() : template.month().atDay(15)).plusYears(YEAR_TYPO);
        SampleFiller.cell(row, TaskColumn.STATUS.ordinal()).setCellValue(WorkbookLayout.statusLabel("done"));
        SampleFiller.cell(row, TaskColumn.PROGRESS.ordinal()).setCellValue(100);
        XSSFCell cell = SampleFiller.cell(row, TaskColumn.COMPLETED_ON.ordinal());
        cell.setCellValue(typed);
        return where(cell) + " (" + code(row, TaskColumn.CODE.ordinal()) + "): ngày hoàn thành " + DATE.format(typed);
    }

    private static String duplicateTaskRow(XSSFSheet sheet, Dice dice) {
        List<XSSFRow> rows = SampleFiller.dataRows(sheet, TaskColumn.CODE.ordinal());
        XSSFRow original = dice.pick(rows);
        XSSFRow copy = appendRow(sheet, rows);
        for (int c = 0; c < TaskColumn.values().length; c++) {
            XSSFCell from = original.getCell(c);
            if (from != null) {
                copy.getCell(c).copyCellFrom(from, new CellCopyPolicy());
            }
        }
        XSSFCell code = copy.getCell(TaskColumn.CODE.ordinal());
        return where(code) + ": " + code.getStringCellValue() + " ghi lần thứ hai (đã có ở dòng " + (original.getRowNum() + 1) + ")";
    }

    private static String unassignedTaskRow(XSSFSheet sheet, TaskLine task) {
        List<XSSFRow> rows = SampleFiller.dataRows(sheet, TaskColumn.CODE.ordinal());
        XSSFRow row = appendRow(sheet, rows);
        row.getCell(TaskColumn.NUMBER.ordinal()).setCellValue(rows.size() + 1);
        row.getCell(TaskColumn.CODE.ordinal()).setCellValue(task.code());
        row.getCell(TaskColumn.CONTENT.ordinal()).setCellValue(task.content());
        row.getCell(TaskColumn.DEADLINE.ordinal()).setCellValue(task.deadlineText());
        row.getCell(TaskColumn.ROLE.ordinal()).setCellValue(WorkbookLayout.roleLabel("cooperating"));
        row.getCell(TaskColumn.STATUS.ordinal()).setCellValue(WorkbookLayout.statusLabel("in_progress"));
        row.getCell(TaskColumn.PROGRESS.ordinal()).setCellValue(50);
        XSSFCell code = row.getCell(TaskColumn.CODE.ordinal());
        return where(code) + ": nhiệm vụ " + task.code() + " không giao cho đơn vị";
    }

    /** A new row below the table with the last row's styles and height (the unit lifted protection to add it). */
    private static XSSFRow appendRow(XSSFSheet sheet, List<XSSFRow> rows) {
        XSSFRow last = rows.get(rows.size() - 1);
        XSSFRow row = sheet.createRow(last.getRowNum() + 1);
        row.setHeight(last.getHeight());
        for (int c = 0; c < TaskColumn.values().length; c++) {
            row.createCell(c).setCellStyle(SampleFiller.cell(last, c).getCellStyle());
        }
        return row;
    }

    private static String code(XSSFRow row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static String where(XSSFCell cell) {
        return cell.getSheet().getSheetName() + "!" + new CellReference(cell).formatAsString(false);
    }
}
