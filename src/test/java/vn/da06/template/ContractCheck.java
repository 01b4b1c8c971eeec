package vn.da06.template;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.sample.Mistake;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/**
 * A deliberately simple reading of a filled workbook by the contract's rules, to tell which of the sample
 * generator's mistakes a file carries. It also fails on anything the contract does not accept at all (an unknown
 * status word, an unreadable number), since a sample file must never contain those.
 */
public final class ContractCheck {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ContractCheck() {
    }

    /** The mistakes found in a workbook sent from {@code folderUnit}'s inbox folder, given the tasks assigned to it. */
    public static Set<Mistake> mistakes(XSSFWorkbook workbook, String folderUnit, Set<String> assignedTasks) {
        Set<Mistake> found = EnumSet.noneOf(Mistake.class);
        XSSFSheet cover = workbook.getSheet(WorkbookLayout.COVER_SHEET);
        if (!folderUnit.equals(TemplateWorkbookTests.coverValue(cover, CoverField.UNIT_CODE).getStringCellValue())) {
            found.add(Mistake.OTHER_UNIT_WORKBOOK);
            return found;
        }
        XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
        Set<String> seen = new HashSet<>();
        for (int r : Workbooks.dataRows(tasks)) {
            String code = Workbooks.text(tasks, r, TaskColumn.CODE.ordinal());
            if (!seen.add(code)) {
                found.add(Mistake.DUPLICATE_TASK_ROW);
            }
            if (!assignedTasks.contains(code)) {
                found.add(Mistake.UNASSIGNED_TASK_ROW);
            }
            String status = Workbooks.text(tasks, r, TaskColumn.STATUS.ordinal());
            if (!status.isBlank() && WorkbookLayout.status(status).isEmpty()) {
                throw new AssertionError("unknown status word \"" + status + "\" in " + code);
            }
            BigDecimal progress = number(cell(tasks, r, TaskColumn.PROGRESS.ordinal()));
            if (progress != null && progress.compareTo(BigDecimal.valueOf(100)) > 0) {
                found.add(Mistake.PROGRESS_OVER_100);
            }
            LocalDate completed = date(cell(tasks, r, TaskColumn.COMPLETED_ON.ordinal()));
            if (completed != null && completed.isAfter(LocalDate.now())) {
                found.add(Mistake.COMPLETION_IN_FUTURE);
            }
        }
        XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
        for (int r : Workbooks.dataRows(indicators)) {
            BigDecimal numerator = number(cell(indicators, r, IndicatorColumn.NUMERATOR.ordinal()));
            BigDecimal denominator = number(cell(indicators, r, IndicatorColumn.DENOMINATOR.ordinal()));
            if (numerator == null || denominator == null) {
                throw new AssertionError("indicator row " + (r + 1) + " left blank");
            }
            if (numerator.signum() < 0 || denominator.signum() < 0) {
                found.add(Mistake.NEGATIVE_NUMBER);
            } else if (numerator.compareTo(denominator) > 0) {
                found.add(Mistake.NUMERATOR_OVER_DENOMINATOR);
            }
        }
        return found;
    }

    public static Cell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    /** A number as the contract accepts it: a number cell, a formula's cached number, or text like "85%", "85,5", "1.234". */
    public static BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        if (type == CellType.BLANK) {
            return null;
        }
        String text = cell.getStringCellValue().replace("%", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.matches("\\d{1,3}(\\.\\d{3})+")) {
            text = text.replace(".", "");
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    public static LocalDate date(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = cell.getStringCellValue().strip();
        return text.isEmpty() ? null : LocalDate.parse(text, DATE);
    }

    /** Typed forms found in a workbook, to check the generator's variety: "status-variant", "thousands-dot"... */
    public static Set<String> typedForms(XSSFWorkbook workbook) {
        Set<String> forms = new HashSet<>();
        XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
        for (int r : Workbooks.dataRows(tasks)) {
            String status = Workbooks.text(tasks, r, TaskColumn.STATUS.ordinal());
            if (!status.isBlank() && WorkbookLayout.STATUSES.stream().noneMatch(e -> e.getKey().equals(status))) {
                forms.add(Normalizer.isNormalized(status, Normalizer.Form.NFC) ? "status-variant" : "nfd");
            }
            Cell progress = cell(tasks, r, TaskColumn.PROGRESS.ordinal());
            if (progress != null && progress.getCellType() == CellType.STRING) {
                String text = progress.getStringCellValue();
                forms.add(text.contains("%") ? "percent-sign" : text.contains(",") ? "decimal-comma" : "number-as-text");
            }
            Cell completed = cell(tasks, r, TaskColumn.COMPLETED_ON.ordinal());
            if (completed != null && completed.getCellType() == CellType.STRING && !completed.getStringCellValue().isBlank()) {
                forms.add("date-as-text");
            }
        }
        XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
        for (int r : Workbooks.dataRows(indicators)) {
            for (IndicatorColumn column : List.of(IndicatorColumn.NUMERATOR, IndicatorColumn.DENOMINATOR)) {
                Cell c = cell(indicators, r, column.ordinal());
                if (c.getCellType() == CellType.FORMULA) {
                    forms.add("formula");
                } else if (c.getCellType() == CellType.STRING) {
                    forms.add(c.getStringCellValue().contains(".") ? "thousands-dot" : "number-as-text");
                }
            }
        }
        return forms;
    }
}
