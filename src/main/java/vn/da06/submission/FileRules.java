package vn.da06.submission;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules on the file as a whole: nothing in it reaches outside it (links to other workbooks, formulas that call out),
 * and the sheets of the contract are there.
 */
final class FileRules {

    /** Formulas that reach outside the workbook: another workbook, a link, a web service, a command (DDE). */
    static final Pattern DANGEROUS_FORMULA = Pattern.compile(
            "\\[\\d+]|\\||\\b(HYPERLINK|WEBSERVICE|FILTERXML|CALL|REGISTER\\.ID|RTD|DDE|IMPORTXML|IMPORTDATA|IMAGE)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private final WorkbookUnderCheck workbook;

    FileRules(WorkbookUnderCheck workbook) {
        this.workbook = workbook;
    }

    void checkFormulas() {
        if (workbook.cells().hasExternalLinks()) {
            workbook.add(ValidationError.ofFile(Rule.FILE_EXTERNAL_LINK, "tệp có liên kết tới bảng tính khác; hãy chép "
                    + "giá trị (Dán đặc biệt > Giá trị) thay cho công thức liên kết rồi gửi lại."));
        }
        for (WorkbookCells.Sheet sheet : workbook.cells().sheets()) {
            sheet.rows().values().forEach(row -> row.values().forEach(cell -> {
                if (cell.formula() != null && DANGEROUS_FORMULA.matcher(cell.formula()).find()) {
                    workbook.error(sheet, cell, Rule.FORMULA_FORBIDDEN, "ô chứa công thức \"=" + cell.formula()
                            + "\" (liên kết ngoài, siêu liên kết hoặc lệnh); hãy thay bằng giá trị.");
                }
            }));
        }
    }

    Optional<WorkbookCells.Sheet> requiredSheet(String name) {
        Optional<WorkbookCells.Sheet> sheet = workbook.cells().sheet(name);
        if (sheet.isEmpty()) {
            workbook.add(new ValidationError(name, null, null, Rule.SHEET_MISSING, "không thấy trang \"" + name
                    + "\"; hãy dùng đúng mẫu da06 đã gửi, không đổi tên hay xóa trang."));
        }
        return sheet;
    }
}
