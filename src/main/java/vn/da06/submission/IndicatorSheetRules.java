package vn.da06.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.base.VietnameseText;
import vn.da06.submission.ParsedWorkbook.IndicatorFact;
import vn.da06.submission.ReferenceData.PlanInfo;
import vn.da06.submission.ReferenceData.UnitInfo;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;

/**
 * The indicator sheet (Chỉ tiêu): one row per indicator of the plan the unit reports, each once, with a numerator and
 * a denominator that are whole counts, both given or both blank, the numerator no larger than the denominator.
 */
final class IndicatorSheetRules {

    private static final Pattern INDICATOR_CODE = Pattern.compile("ct\\s*0*(\\d{1,3})");
    private static final BigDecimal MAX_COUNT = new BigDecimal("1000000000000");

    private final WorkbookUnderCheck workbook;

    IndicatorSheetRules(WorkbookUnderCheck workbook) {
        this.workbook = workbook;
    }

    /** The rows that pass every rule; none when the plan or the unit is unknown, though every row is still checked. */
    List<IndicatorFact> facts(WorkbookCells.Sheet sheet, PlanInfo plan, UnitInfo unit) {
        Optional<DataSheet<IndicatorColumn>> found = DataSheet.find(workbook, sheet, IndicatorColumn.class,
                IndicatorColumn::header, IndicatorColumn::required);
        if (found.isEmpty()) {
            return List.of();
        }
        DataSheet<IndicatorColumn> table = found.get();
        ReferenceData reference = workbook.reference();
        List<IndicatorFact> facts = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (var entry : table.rows().entrySet()) {
            Map<Integer, CellValue> row = entry.getValue();
            CellValue codeCell = table.cell(row, IndicatorColumn.CODE);
            Matcher code = codeCell == null ? null : INDICATOR_CODE.matcher(VietnameseText.key(CellParsing.text(codeCell)));
            if (code == null || !code.matches()) {
                continue;
            }
            String indicatorCode = String.format("CT%02d", Integer.parseInt(code.group(1)));
            Optional<ReferenceData.IndicatorInfo> indicator = plan == null ? Optional.empty()
                    : reference.indicator(plan.key(), indicatorCode);
            if (plan != null && indicator.isEmpty()) {
                table.error(codeCell, Rule.INDICATOR_UNKNOWN, "kế hoạch " + plan.code() + " không có chỉ tiêu "
                        + indicatorCode + "; hãy xóa dòng này hoặc sửa đúng mã chỉ tiêu.");
                continue;
            }
            if (indicator.isPresent() && unit != null && !reference.reports(unit.key(), indicator.get().key())) {
                table.error(codeCell, Rule.INDICATOR_NOT_ASSIGNED, "đơn vị " + unit.code() + " không báo cáo chỉ tiêu "
                        + indicatorCode + "; hãy xóa dòng này.");
                continue;
            }
            if (indicator.isPresent() && !seen.add(indicator.get().key())) {
                table.error(codeCell, Rule.INDICATOR_DUPLICATE, "chỉ tiêu " + indicatorCode
                        + " xuất hiện hơn một lần; hãy giữ một dòng.");
                continue;
            }
            CellValue numeratorCell = table.cell(row, IndicatorColumn.NUMERATOR);
            CellValue denominatorCell = table.cell(row, IndicatorColumn.DENOMINATOR);
            BigDecimal numerator = count(table, numeratorCell, "tử số");
            BigDecimal denominator = count(table, denominatorCell, "mẫu số");
            String note = table.freeText(table.cell(row, IndicatorColumn.NOTE));
            boolean numeratorBlank = DataSheet.isBlank(numeratorCell);
            boolean denominatorBlank = DataSheet.isBlank(denominatorCell);
            if (numeratorBlank && denominatorBlank) {
                continue; // not reported this month
            }
            if (numeratorBlank != denominatorBlank) {
                CellValue filled = numeratorBlank ? denominatorCell : numeratorCell;
                table.error(filled, Rule.NUMBER_MISSING, "chỉ tiêu " + indicatorCode + " có " + (numeratorBlank ? "mẫu số" : "tử số")
                        + " nhưng thiếu " + (numeratorBlank ? "tử số" : "mẫu số") + "; hãy nhập đủ cả hai, hoặc để trống cả hai nếu chưa có số liệu.");
                continue;
            }
            if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
                table.error(numeratorCell, Rule.NUMERATOR_OVER_DENOMINATOR, "tử số " + numerator.toPlainString()
                        + " lớn hơn mẫu số " + denominator.toPlainString() + " (ô " + denominatorCell.ref()
                        + "); tử số là một phần của mẫu số, hãy kiểm tra lại hai số này.");
                continue;
            }
            if (indicator.isPresent() && unit != null && numerator != null && denominator != null) {
                facts.add(new IndicatorFact(indicator.get().key(), numerator, denominator, note,
                        table.reference(IndicatorColumn.NUMERATOR, entry.getKey()),
                        table.reference(IndicatorColumn.DENOMINATOR, entry.getKey())));
            }
        }
        return facts;
    }

    private static BigDecimal count(DataSheet<IndicatorColumn> table, CellValue cell, String what) {
        BigDecimal value = table.number(cell, false);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            table.error(cell, Rule.NUMBER_NOT_WHOLE, what + " \"" + cell.display() + "\" phải là số nguyên (số lượng đếm được), "
                    + "không có phần thập phân.");
            return null;
        }
        if (value.compareTo(MAX_COUNT) >= 0) {
            table.error(cell, Rule.NUMBER_TOO_LARGE, what + " " + value.toPlainString() + " quá lớn; hãy kiểm tra lại.");
            return null;
        }
        return value;
    }
}
