package vn.da06.submission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.submission.ReferenceData.PlanInfo;
import vn.da06.submission.ReferenceData.UnitInfo;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookMarker;

/**
 * The cover sheet (Thông tin): which plan, template version, month and unit the report is for, each checked against
 * the reference data, the day the file arrived and the unit's folder, and all of them against the hidden marker sheet
 * that da06 signed when it issued the template; then who prepared the report, and when.
 */
final class CoverRules {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

    /** What the cover says the report is; a part is null when it is missing or wrong (an error says which). */
    record Identity(PlanInfo plan, UnitInfo unit, YearMonth month, String templateVersion) {
    }

    private final WorkbookUnderCheck workbook;
    private final Map<CoverField, CellValue> cover;

    CoverRules(WorkbookUnderCheck workbook, Optional<WorkbookCells.Sheet> sheet) {
        this.workbook = workbook;
        this.cover = sheet.map(CoverRules::fields).orElse(Map.of());
    }

    /** The value beside each label of column A; a label with nothing beside it points at the empty cell in B. */
    private static Map<CoverField, CellValue> fields(WorkbookCells.Sheet sheet) {
        Map<CoverField, CellValue> found = new EnumMap<>(CoverField.class);
        sheet.rows().forEach((row, columns) -> {
            CellValue label = columns.get(0);
            if (label != null && !label.isNumeric()) {
                CoverField.byLabel(label.text()).ifPresent(field -> {
                    CellValue value = columns.get(1);
                    found.putIfAbsent(field, value == null ? new CellValue("B" + row, "", null, false, false, null) : value);
                });
            }
        });
        return found;
    }

    Identity identity(byte[] markerKey) {
        PlanInfo plan = plan();
        String templateVersion = templateVersion();
        YearMonth month = month(plan);
        UnitInfo unit = unit(month);
        checkMarker(markerKey, plan, unit, month, templateVersion);
        return new Identity(plan, unit, month, templateVersion);
    }

    String optionalText(CoverField field) {
        CellValue cell = cover.get(field);
        String text = cell == null ? null : CellParsing.text(cell);
        return text == null || text.isEmpty() ? null : text;
    }

    LocalDate preparedOn() {
        CellValue cell = cover.get(CoverField.PREPARED_ON);
        if (cell == null || CellParsing.text(cell).isEmpty()) {
            return null;
        }
        try {
            return workbook.date(cell);
        } catch (IllegalArgumentException e) {
            workbook.add(error(CoverField.PREPARED_ON, Rule.DATE_INVALID, "ngày lập " + e.getMessage() + "."));
            return null;
        }
    }

    private String requiredText(CoverField field) {
        CellValue cell = cover.get(field);
        if (cell == null) {
            workbook.add(new ValidationError(WorkbookLayout.COVER_SHEET, null, null, Rule.COVER_MISSING,
                    "thiếu dòng \"" + field.label() + "\" ở cột A của trang " + WorkbookLayout.COVER_SHEET + "."));
            return null;
        }
        String text = CellParsing.text(cell);
        if (text.isEmpty()) {
            workbook.add(error(field, Rule.COVER_MISSING, "ô \"" + field.label() + "\" đang để trống; hãy điền lại như mẫu."));
            return null;
        }
        return text;
    }

    private ValidationError error(CoverField field, Rule rule, String message) {
        CellValue cell = cover.get(field);
        return new ValidationError(WorkbookLayout.COVER_SHEET, cell == null ? null : cell.ref(),
                cell == null ? null : cell.display(workbook.cells().date1904()), rule, message);
    }

    private PlanInfo plan() {
        String code = requiredText(CoverField.PLAN_CODE);
        if (code == null) {
            return null;
        }
        Optional<PlanInfo> plan = workbook.reference().plan(code);
        if (plan.isEmpty()) {
            workbook.add(error(CoverField.PLAN_CODE, Rule.PLAN_UNKNOWN,
                    "không có kế hoạch mã \"" + code + "\"; hãy dùng mẫu da06 gửi cho tháng này."));
        }
        return plan.orElse(null);
    }

    private String templateVersion() {
        String version = requiredText(CoverField.TEMPLATE_VERSION);
        if (version != null && !version.equals(WorkbookLayout.TEMPLATE_VERSION)) {
            workbook.add(error(CoverField.TEMPLATE_VERSION, Rule.TEMPLATE_VERSION_UNKNOWN,
                    "phiên bản mẫu \"" + version + "\" không dùng được (bản hiện hành: " + WorkbookLayout.TEMPLATE_VERSION
                            + "); hãy dùng mẫu da06 gửi cho tháng này."));
        }
        return version;
    }

    private YearMonth month(PlanInfo plan) {
        CellValue cell = cover.get(CoverField.PERIOD);
        if (requiredText(CoverField.PERIOD) == null) {
            return null;
        }
        YearMonth month = null;
        if (cell.isNumeric() && cell.dateFormatted()) {
            month = YearMonth.from(workbook.date(cell));
        } else {
            Matcher m = PERIOD.matcher(CellParsing.text(cell));
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
                month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        }
        if (month == null) {
            workbook.add(error(CoverField.PERIOD, Rule.PERIOD_INVALID, "kỳ báo cáo phải có dạng tháng/năm, ví dụ 03/2024."));
            return null;
        }
        if (plan != null && (month.atEndOfMonth().isBefore(plan.startsOn()) || month.atDay(1).isAfter(plan.endsOn()))) {
            workbook.add(error(CoverField.PERIOD, Rule.PERIOD_OUTSIDE_PLAN, "kỳ " + label(month)
                    + " nằm ngoài thời gian của kế hoạch " + plan.code() + " (" + plan.startsOn() + " đến " + plan.endsOn() + ")."));
            return null;
        }
        if (month.atDay(1).isAfter(workbook.receivedOn())) {
            workbook.add(error(CoverField.PERIOD, Rule.PERIOD_NOT_ENDED, "kỳ " + label(month)
                    + " chưa bắt đầu vào ngày gửi " + workbook.receivedOn() + "; hãy ghi đúng tháng báo cáo."));
            return null;
        }
        return month;
    }

    private UnitInfo unit(YearMonth month) {
        String code = requiredText(CoverField.UNIT_CODE);
        if (code == null || month == null) {
            return null;
        }
        Optional<UnitInfo> unit = workbook.reference().unit(code, month);
        if (unit.isEmpty()) {
            workbook.add(error(CoverField.UNIT_CODE, Rule.UNIT_UNKNOWN,
                    "không có đơn vị mã \"" + code + "\" trong tháng " + label(month) + "; hãy dùng mẫu da06 gửi cho đơn vị mình."));
            return null;
        }
        String folder = workbook.file().folder();
        if (!code.equals(folder)) {
            workbook.add(error(CoverField.UNIT_CODE, Rule.UNIT_OTHER_FOLDER, "tệp nằm trong thư mục của đơn vị "
                    + folder + " nhưng là báo cáo của đơn vị " + code + " (" + unit.get().name()
                    + "); mỗi đơn vị chỉ gửi báo cáo của mình vào thư mục của mình."));
            return null;
        }
        return unit.get();
    }

    /** The hidden sheet da06 signed: a copied or edited template is refused, and so is a cover that no longer matches it. */
    private void checkMarker(byte[] markerKey, PlanInfo plan, UnitInfo unit, YearMonth month, String version) {
        Optional<WorkbookCells.Sheet> sheet = workbook.cells().sheet(WorkbookLayout.MARKER_SHEET);
        if (sheet.isEmpty()) {
            workbook.add(ValidationError.ofFile(Rule.MARKER_MISSING, "tệp không mang dấu nhận dạng của mẫu da06 (trang ẩn "
                    + WorkbookLayout.MARKER_SHEET + "); hãy điền vào mẫu da06 gửi cho đơn vị, không chép sang tệp khác."));
            return;
        }
        WorkbookMarker marker = SignedMarkers.marker(sheet.get());
        if (!marker.isAuthentic(markerKey)) {
            workbook.add(ValidationError.ofFile(Rule.MARKER_INVALID, "dấu nhận dạng mẫu bị sửa hoặc không do da06 này tạo; "
                    + "hãy điền vào mẫu da06 gửi cho đơn vị."));
            return;
        }
        if (plan != null && !plan.code().equals(marker.planCode())) {
            workbook.add(error(CoverField.PLAN_CODE, Rule.MARKER_MISMATCH, "mẫu này được phát cho kế hoạch "
                    + marker.planCode() + ", không phải " + plan.code() + "; đừng sửa ô này."));
        }
        if (unit != null && !unit.code().equals(marker.unitCode())) {
            workbook.add(error(CoverField.UNIT_CODE, Rule.MARKER_MISMATCH, "mẫu này được phát cho đơn vị "
                    + marker.unitCode() + ", không phải " + unit.code() + "; hãy dùng mẫu của đơn vị mình."));
        }
        if (month != null && !month.toString().equals(marker.month())) {
            workbook.add(error(CoverField.PERIOD, Rule.MARKER_MISMATCH, "mẫu này được phát cho tháng "
                    + label(YearMonth.parse(marker.month())) + ", không phải " + label(month)
                    + "; hãy dùng mẫu da06 gửi cho tháng " + label(month) + "."));
        }
        if (version != null && !version.equals(marker.templateVersion())) {
            workbook.add(error(CoverField.TEMPLATE_VERSION, Rule.MARKER_MISMATCH, "phiên bản mẫu đã bị sửa; đừng sửa ô này."));
        }
    }

    private static String label(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
