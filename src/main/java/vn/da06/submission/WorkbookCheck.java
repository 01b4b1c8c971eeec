package vn.da06.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.base.VietnameseText;
import vn.da06.submission.ParsedWorkbook.IndicatorFact;
import vn.da06.submission.ParsedWorkbook.TaskFact;
import vn.da06.submission.ReferenceData.PlanInfo;
import vn.da06.submission.ReferenceData.UnitInfo;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;
import vn.da06.workbook.WorkbookMarker;

/**
 * Checks one workbook against every rule of the contract and turns it into facts. All problems are collected
 * (not just the first), each with its sheet, cell, value, rule and a Vietnamese message saying how to fix it.
 */
final class WorkbookCheck {

    /** Dates in messages as users write them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int MAX_HEADER_CHARS = 80;
    private static final int MAX_TEXT = 4_000;
    private static final BigDecimal MAX_COUNT = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern TASK_CODE = Pattern.compile("(?:nv)?\\s*0*(\\d{1,3})");
    private static final Pattern INDICATOR_CODE = Pattern.compile("ct\\s*0*(\\d{1,3})");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    /** Formulas that reach outside the workbook: another workbook, a link, a web service, a command (DDE). */
    static final Pattern DANGEROUS_FORMULA = Pattern.compile(
            "\\[\\d+]|\\||\\b(HYPERLINK|WEBSERVICE|FILTERXML|CALL|REGISTER\\.ID|RTD|DDE|IMPORTXML|IMPORTDATA|IMAGE)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private final InboxFile file;
    private final WorkbookCells cells;
    private final ReferenceData reference;
    private final byte[] markerKey;
    private final ZoneId zone;
    private final List<ValidationError> errors = new ArrayList<>();

    private WorkbookCheck(InboxFile file, WorkbookCells cells, ReferenceData reference, byte[] markerKey, ZoneId zone) {
        this.file = file;
        this.cells = cells;
        this.reference = reference;
        this.markerKey = markerKey;
        this.zone = zone;
    }

    static ParsedWorkbook check(InboxFile file, WorkbookCells cells, ReferenceData reference, byte[] markerKey, ZoneId zone) {
        return new WorkbookCheck(file, cells, reference, markerKey, zone).run();
    }

    private ParsedWorkbook run() {
        checkFormulas();
        Optional<WorkbookCells.Sheet> cover = requiredSheet(WorkbookLayout.COVER_SHEET);
        Optional<WorkbookCells.Sheet> taskSheet = requiredSheet(WorkbookLayout.TASK_SHEET);
        Optional<WorkbookCells.Sheet> indicatorSheet = requiredSheet(WorkbookLayout.INDICATOR_SHEET);
        Map<CoverField, CellValue> coverCells = cover.map(this::coverCells).orElse(Map.of());

        PlanInfo plan = plan(coverCells);
        String templateVersion = templateVersion(coverCells);
        YearMonth month = month(coverCells, plan);
        UnitInfo unit = unit(coverCells, month);
        checkMarker(coverCells, plan, unit, month, templateVersion);

        List<TaskFact> tasks = taskSheet.map(s -> tasks(s, plan, unit)).orElse(List.of());
        List<IndicatorFact> indicators = indicatorSheet.map(s -> indicators(s, plan, unit)).orElse(List.of());
        return new ParsedWorkbook(plan == null ? null : plan.key(), unit == null ? null : unit.key(), month,
                templateVersion, optionalText(coverCells, CoverField.PREPARED_BY), optionalText(coverCells, CoverField.PHONE),
                preparedOn(coverCells), tasks, indicators, List.copyOf(errors));
    }

    // ------------------------------------------------------------------ sheets and cover

    private Optional<WorkbookCells.Sheet> requiredSheet(String name) {
        Optional<WorkbookCells.Sheet> sheet = cells.sheet(name);
        if (sheet.isEmpty()) {
            errors.add(new ValidationError(name, null, null, Rule.SHEET_MISSING, "không thấy trang \"" + name
                    + "\"; hãy dùng đúng mẫu da06 đã gửi, không đổi tên hay xóa trang."));
        }
        return sheet;
    }

    private Map<CoverField, CellValue> coverCells(WorkbookCells.Sheet sheet) {
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

    private String coverText(Map<CoverField, CellValue> cover, CoverField field) {
        CellValue cell = cover.get(field);
        if (cell == null) {
            errors.add(new ValidationError(WorkbookLayout.COVER_SHEET, null, null, Rule.COVER_MISSING,
                    "thiếu dòng \"" + field.label() + "\" ở cột A của trang " + WorkbookLayout.COVER_SHEET + "."));
            return null;
        }
        String text = CellParsing.text(cell);
        if (text.isEmpty()) {
            errors.add(coverError(cover, field, Rule.COVER_MISSING, "ô \"" + field.label() + "\" đang để trống; hãy điền lại như mẫu."));
            return null;
        }
        return text;
    }

    private static String optionalText(Map<CoverField, CellValue> cover, CoverField field) {
        CellValue cell = cover.get(field);
        String text = cell == null ? null : CellParsing.text(cell);
        return text == null || text.isEmpty() ? null : text;
    }

    private ValidationError coverError(Map<CoverField, CellValue> cover, CoverField field, Rule rule, String message) {
        CellValue cell = cover.get(field);
        return new ValidationError(WorkbookLayout.COVER_SHEET, cell == null ? null : cell.ref(),
                cell == null ? null : cell.display(cells.date1904()), rule, message);
    }

    private PlanInfo plan(Map<CoverField, CellValue> cover) {
        String code = coverText(cover, CoverField.PLAN_CODE);
        if (code == null) {
            return null;
        }
        Optional<PlanInfo> plan = reference.plan(code);
        if (plan.isEmpty()) {
            errors.add(coverError(cover, CoverField.PLAN_CODE, Rule.PLAN_UNKNOWN,
                    "không có kế hoạch mã \"" + code + "\"; hãy dùng mẫu da06 gửi cho tháng này."));
        }
        return plan.orElse(null);
    }

    private String templateVersion(Map<CoverField, CellValue> cover) {
        String version = coverText(cover, CoverField.TEMPLATE_VERSION);
        if (version != null && !version.equals(WorkbookLayout.TEMPLATE_VERSION)) {
            errors.add(coverError(cover, CoverField.TEMPLATE_VERSION, Rule.TEMPLATE_VERSION_UNKNOWN,
                    "phiên bản mẫu \"" + version + "\" không dùng được (bản hiện hành: " + WorkbookLayout.TEMPLATE_VERSION
                            + "); hãy dùng mẫu da06 gửi cho tháng này."));
        }
        return version;
    }

    private YearMonth month(Map<CoverField, CellValue> cover, PlanInfo plan) {
        CellValue cell = cover.get(CoverField.PERIOD);
        if (coverText(cover, CoverField.PERIOD) == null) {
            return null;
        }
        YearMonth month = null;
        if (cell.isNumeric() && cell.dateFormatted()) {
            month = YearMonth.from(CellParsing.date(cell, cells.date1904()));
        } else {
            Matcher m = PERIOD.matcher(CellParsing.text(cell));
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
                month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        }
        if (month == null) {
            errors.add(coverError(cover, CoverField.PERIOD, Rule.PERIOD_INVALID,
                    "kỳ báo cáo phải có dạng tháng/năm, ví dụ 03/2024."));
            return null;
        }
        if (plan != null && (month.atEndOfMonth().isBefore(plan.startsOn()) || month.atDay(1).isAfter(plan.endsOn()))) {
            errors.add(coverError(cover, CoverField.PERIOD, Rule.PERIOD_OUTSIDE_PLAN, "kỳ " + label(month)
                    + " nằm ngoài thời gian của kế hoạch " + plan.code() + " (" + plan.startsOn() + " đến " + plan.endsOn() + ")."));
            return null;
        }
        if (month.atDay(1).isAfter(receivedOn())) {
            errors.add(coverError(cover, CoverField.PERIOD, Rule.PERIOD_NOT_ENDED, "kỳ " + label(month)
                    + " chưa bắt đầu vào ngày gửi " + receivedOn() + "; hãy ghi đúng tháng báo cáo."));
            return null;
        }
        return month;
    }

    private UnitInfo unit(Map<CoverField, CellValue> cover, YearMonth month) {
        String code = coverText(cover, CoverField.UNIT_CODE);
        if (code == null || month == null) {
            return null;
        }
        Optional<UnitInfo> unit = reference.unit(code, month);
        if (unit.isEmpty()) {
            errors.add(coverError(cover, CoverField.UNIT_CODE, Rule.UNIT_UNKNOWN,
                    "không có đơn vị mã \"" + code + "\" trong tháng " + label(month) + "; hãy dùng mẫu da06 gửi cho đơn vị mình."));
            return null;
        }
        if (!code.equals(file.folder())) {
            errors.add(coverError(cover, CoverField.UNIT_CODE, Rule.UNIT_OTHER_FOLDER, "tệp nằm trong thư mục của đơn vị "
                    + file.folder() + " nhưng là báo cáo của đơn vị " + code + " (" + unit.get().name()
                    + "); mỗi đơn vị chỉ gửi báo cáo của mình vào thư mục của mình."));
            return null;
        }
        return unit.get();
    }

    private void checkMarker(Map<CoverField, CellValue> cover, PlanInfo plan, UnitInfo unit, YearMonth month, String version) {
        Optional<WorkbookCells.Sheet> sheet = cells.sheet(WorkbookLayout.MARKER_SHEET);
        if (sheet.isEmpty()) {
            errors.add(ValidationError.ofFile(Rule.MARKER_MISSING, "tệp không mang dấu nhận dạng của mẫu da06 (trang ẩn "
                    + WorkbookLayout.MARKER_SHEET + "); hãy điền vào mẫu da06 gửi cho đơn vị, không chép sang tệp khác."));
            return;
        }
        Map<String, String> values = new HashMap<>();
        sheet.get().rows().values().forEach(row -> {
            if (row.get(0) != null && row.get(1) != null) {
                values.put(CellParsing.text(row.get(0)), CellParsing.text(row.get(1)));
            }
        });
        WorkbookMarker marker = new WorkbookMarker(values.get("plan"), values.get("unit"), values.get("month"),
                values.get("version"), values.get("signature"));
        if (!marker.isAuthentic(markerKey)) {
            errors.add(ValidationError.ofFile(Rule.MARKER_INVALID, "dấu nhận dạng mẫu bị sửa hoặc không do da06 này tạo; "
                    + "hãy điền vào mẫu da06 gửi cho đơn vị."));
            return;
        }
        if (plan != null && !plan.code().equals(marker.planCode())) {
            errors.add(coverError(cover, CoverField.PLAN_CODE, Rule.MARKER_MISMATCH, "mẫu này được phát cho kế hoạch "
                    + marker.planCode() + ", không phải " + plan.code() + "; đừng sửa ô này."));
        }
        if (unit != null && !unit.code().equals(marker.unitCode())) {
            errors.add(coverError(cover, CoverField.UNIT_CODE, Rule.MARKER_MISMATCH, "mẫu này được phát cho đơn vị "
                    + marker.unitCode() + ", không phải " + unit.code() + "; hãy dùng mẫu của đơn vị mình."));
        }
        if (month != null && !month.toString().equals(marker.month())) {
            errors.add(coverError(cover, CoverField.PERIOD, Rule.MARKER_MISMATCH, "mẫu này được phát cho tháng "
                    + label(YearMonth.parse(marker.month())) + ", không phải " + label(month)
                    + "; hãy dùng mẫu da06 gửi cho tháng " + label(month) + "."));
        }
        if (version != null && !version.equals(marker.templateVersion())) {
            errors.add(coverError(cover, CoverField.TEMPLATE_VERSION, Rule.MARKER_MISMATCH,
                    "phiên bản mẫu đã bị sửa; đừng sửa ô này."));
        }
    }

    private LocalDate preparedOn(Map<CoverField, CellValue> cover) {
        CellValue cell = cover.get(CoverField.PREPARED_ON);
        if (cell == null || CellParsing.text(cell).isEmpty()) {
            return null;
        }
        try {
            return CellParsing.date(cell, cells.date1904());
        } catch (IllegalArgumentException e) {
            errors.add(coverError(cover, CoverField.PREPARED_ON, Rule.DATE_INVALID, "ngày lập " + e.getMessage() + "."));
            return null;
        }
    }

    // ------------------------------------------------------------------ Nhiệm vụ

    private List<TaskFact> tasks(WorkbookCells.Sheet sheet, PlanInfo plan, UnitInfo unit) {
        Optional<Header<TaskColumn>> header = header(sheet, TaskColumn.class, TaskColumn::header, TaskColumn::required);
        if (header.isEmpty()) {
            return List.of();
        }
        Map<TaskColumn, Integer> columns = header.get().columns();
        List<TaskFact> facts = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (var entry : sheet.rows().tailMap(header.get().row() + 1).entrySet()) {
            Map<Integer, CellValue> row = entry.getValue();
            CellValue codeCell = row.get(columns.get(TaskColumn.CODE));
            Matcher code = codeCell == null ? null : TASK_CODE.matcher(VietnameseText.key(CellParsing.text(codeCell)));
            if (code == null || !code.matches()) {
                continue; // a blank row or a note below the table
            }
            String taskCode = String.format("NV%02d", Integer.parseInt(code.group(1)));
            Optional<ReferenceData.TaskInfo> task = plan == null ? Optional.empty() : reference.task(plan.key(), taskCode);
            if (plan != null && task.isEmpty()) {
                error(sheet, codeCell, Rule.TASK_UNKNOWN, "kế hoạch " + plan.code() + " không có nhiệm vụ " + taskCode
                        + "; hãy xóa dòng này hoặc sửa đúng mã nhiệm vụ.");
                continue;
            }
            Optional<String> role = task.flatMap(t -> unit == null ? Optional.empty() : reference.role(unit.key(), t.key()));
            if (task.isPresent() && unit != null && role.isEmpty()) {
                error(sheet, codeCell, Rule.TASK_NOT_ASSIGNED, "nhiệm vụ " + taskCode + " không giao cho đơn vị "
                        + unit.code() + "; hãy xóa dòng này.");
                continue;
            }
            if (task.isPresent() && !seen.add(task.get().key())) {
                error(sheet, codeCell, Rule.TASK_DUPLICATE, "nhiệm vụ " + taskCode + " xuất hiện hơn một lần; hãy giữ một dòng.");
                continue;
            }
            String statusCell = sheetRef(sheet, columns.get(TaskColumn.STATUS), entry.getKey());
            TaskFact fact = new TaskFact(task.map(ReferenceData.TaskInfo::key).orElse(0), role.orElse("cooperating"),
                    status(sheet, row.get(columns.get(TaskColumn.STATUS))),
                    percent(sheet, row.get(columns.get(TaskColumn.PROGRESS))),
                    completedOn(sheet, row.get(columns.get(TaskColumn.COMPLETED_ON)), plan),
                    freeText(sheet, row.get(columns.get(TaskColumn.RESULT))),
                    freeText(sheet, row.get(columns.get(TaskColumn.DIFFICULTIES))),
                    freeText(sheet, row.get(columns.get(TaskColumn.PROPOSALS))), statusCell);
            if (task.isPresent() && unit != null) {
                facts.add(fact);
            }
        }
        return facts;
    }

    private String status(WorkbookCells.Sheet sheet, CellValue cell) {
        if (cell == null || CellParsing.text(cell).isEmpty()) {
            return null;
        }
        Optional<String> status = WorkbookLayout.status(CellParsing.text(cell));
        if (status.isEmpty()) {
            error(sheet, cell, Rule.STATUS_UNKNOWN, "tình trạng \"" + CellParsing.text(cell) + "\" không có trong danh sách; "
                    + "hãy chọn một trong: " + String.join(", ", WorkbookLayout.STATUSES.stream().map(Map.Entry::getKey).toList()) + ".");
        }
        return status.orElse(null);
    }

    private BigDecimal percent(WorkbookCells.Sheet sheet, CellValue cell) {
        BigDecimal value = number(sheet, cell, true);
        if (value != null && value.compareTo(HUNDRED) > 0) {
            error(sheet, cell, Rule.PERCENT_OVER_100, "tiến độ " + value.toPlainString() + "% vượt 100%; hãy nhập từ 0 đến 100.");
            return null;
        }
        return value;
    }

    private LocalDate completedOn(WorkbookCells.Sheet sheet, CellValue cell, PlanInfo plan) {
        if (cell == null || CellParsing.text(cell).isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = CellParsing.date(cell, cells.date1904());
        } catch (IllegalArgumentException e) {
            error(sheet, cell, Rule.DATE_INVALID, "ngày hoàn thành " + e.getMessage() + ".");
            return null;
        }
        if (date.isAfter(receivedOn())) {
            error(sheet, cell, Rule.DATE_IN_FUTURE, "ngày hoàn thành " + DAY.format(date) + " sau ngày gửi báo cáo "
                    + DAY.format(receivedOn()) + "; chỉ ghi ngày đã hoàn thành thật.");
            return null;
        }
        if (plan != null && date.isBefore(plan.startsOn())) {
            error(sheet, cell, Rule.DATE_BEFORE_PLAN, "ngày hoàn thành " + DAY.format(date) + " trước khi kế hoạch bắt đầu ("
                    + DAY.format(plan.startsOn()) + "); hãy kiểm tra lại năm.");
            return null;
        }
        return date;
    }

    private String freeText(WorkbookCells.Sheet sheet, CellValue cell) {
        if (cell == null) {
            return null;
        }
        String text = CellParsing.text(cell);
        if (text.length() > MAX_TEXT) {
            error(sheet, cell, Rule.TEXT_TOO_LONG, "nội dung dài " + text.length() + " ký tự, quá " + MAX_TEXT
                    + " ký tự; hãy viết gọn lại.");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    // ------------------------------------------------------------------ Chỉ tiêu

    private List<IndicatorFact> indicators(WorkbookCells.Sheet sheet, PlanInfo plan, UnitInfo unit) {
        Optional<Header<IndicatorColumn>> header = header(sheet, IndicatorColumn.class, IndicatorColumn::header,
                IndicatorColumn::required);
        if (header.isEmpty()) {
            return List.of();
        }
        Map<IndicatorColumn, Integer> columns = header.get().columns();
        List<IndicatorFact> facts = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (var entry : sheet.rows().tailMap(header.get().row() + 1).entrySet()) {
            Map<Integer, CellValue> row = entry.getValue();
            CellValue codeCell = row.get(columns.get(IndicatorColumn.CODE));
            Matcher code = codeCell == null ? null : INDICATOR_CODE.matcher(VietnameseText.key(CellParsing.text(codeCell)));
            if (code == null || !code.matches()) {
                continue;
            }
            String indicatorCode = String.format("CT%02d", Integer.parseInt(code.group(1)));
            Optional<ReferenceData.IndicatorInfo> indicator = plan == null ? Optional.empty()
                    : reference.indicator(plan.key(), indicatorCode);
            if (plan != null && indicator.isEmpty()) {
                error(sheet, codeCell, Rule.INDICATOR_UNKNOWN, "kế hoạch " + plan.code() + " không có chỉ tiêu "
                        + indicatorCode + "; hãy xóa dòng này hoặc sửa đúng mã chỉ tiêu.");
                continue;
            }
            if (indicator.isPresent() && unit != null && !reference.reports(unit.key(), indicator.get().key())) {
                error(sheet, codeCell, Rule.INDICATOR_NOT_ASSIGNED, "đơn vị " + unit.code() + " không báo cáo chỉ tiêu "
                        + indicatorCode + "; hãy xóa dòng này.");
                continue;
            }
            if (indicator.isPresent() && !seen.add(indicator.get().key())) {
                error(sheet, codeCell, Rule.INDICATOR_DUPLICATE, "chỉ tiêu " + indicatorCode
                        + " xuất hiện hơn một lần; hãy giữ một dòng.");
                continue;
            }
            CellValue numeratorCell = row.get(columns.get(IndicatorColumn.NUMERATOR));
            CellValue denominatorCell = row.get(columns.get(IndicatorColumn.DENOMINATOR));
            BigDecimal numerator = count(sheet, numeratorCell, "tử số");
            BigDecimal denominator = count(sheet, denominatorCell, "mẫu số");
            String note = freeText(sheet, row.get(columns.get(IndicatorColumn.NOTE)));
            boolean numeratorBlank = isBlank(numeratorCell);
            boolean denominatorBlank = isBlank(denominatorCell);
            if (numeratorBlank && denominatorBlank) {
                continue; // not reported this month
            }
            if (numeratorBlank != denominatorBlank) {
                CellValue filled = numeratorBlank ? denominatorCell : numeratorCell;
                error(sheet, filled, Rule.NUMBER_MISSING, "chỉ tiêu " + indicatorCode + " có " + (numeratorBlank ? "mẫu số" : "tử số")
                        + " nhưng thiếu " + (numeratorBlank ? "tử số" : "mẫu số") + "; hãy nhập đủ cả hai, hoặc để trống cả hai nếu chưa có số liệu.");
                continue;
            }
            if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
                error(sheet, numeratorCell, Rule.NUMERATOR_OVER_DENOMINATOR, "tử số " + numerator.toPlainString()
                        + " lớn hơn mẫu số " + denominator.toPlainString() + " (ô " + denominatorCell.ref()
                        + "); tử số là một phần của mẫu số, hãy kiểm tra lại hai số này.");
                continue;
            }
            if (indicator.isPresent() && unit != null && numerator != null && denominator != null) {
                facts.add(new IndicatorFact(indicator.get().key(), numerator, denominator, note,
                        sheetRef(sheet, columns.get(IndicatorColumn.NUMERATOR), entry.getKey()),
                        sheetRef(sheet, columns.get(IndicatorColumn.DENOMINATOR), entry.getKey())));
            }
        }
        return facts;
    }

    private BigDecimal count(WorkbookCells.Sheet sheet, CellValue cell, String what) {
        BigDecimal value = number(sheet, cell, false);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            error(sheet, cell, Rule.NUMBER_NOT_WHOLE, what + " \"" + cell.display() + "\" phải là số nguyên (số lượng đếm được), "
                    + "không có phần thập phân.");
            return null;
        }
        if (value.compareTo(MAX_COUNT) >= 0) {
            error(sheet, cell, Rule.NUMBER_TOO_LARGE, what + " " + value.toPlainString() + " quá lớn; hãy kiểm tra lại.");
            return null;
        }
        return value;
    }

    private BigDecimal number(WorkbookCells.Sheet sheet, CellValue cell, boolean percent) {
        if (isBlank(cell)) {
            return null;
        }
        BigDecimal value;
        try {
            value = CellParsing.number(cell, percent);
        } catch (IllegalArgumentException e) {
            error(sheet, cell, Rule.NUMBER_INVALID, e.getMessage() + ".");
            return null;
        }
        if (value.signum() < 0) {
            error(sheet, cell, Rule.NUMBER_NEGATIVE, "số " + value.toPlainString() + " âm; hãy nhập số từ 0 trở lên.");
            return null;
        }
        return value;
    }

    private static boolean isBlank(CellValue cell) {
        return cell == null || (!cell.isNumeric() && cell.text().isBlank());
    }

    // ------------------------------------------------------------------ headers, formulas, errors

    private record Header<C extends Enum<C>>(int row, Map<C, Integer> columns) {
    }

    /** Finds the header row (the first rows holding every required column header) and each column's position. */
    private <C extends Enum<C>> Optional<Header<C>> header(WorkbookCells.Sheet sheet, Class<C> type,
            java.util.function.Function<C, String> headerText, java.util.function.Predicate<C> required) {
        Map<String, C> byKey = new HashMap<>();
        for (C c : type.getEnumConstants()) {
            byKey.put(VietnameseText.key(headerText.apply(c)), c);
        }
        Map<C, Integer> best = Map.of();
        int bestRow = 0;
        for (var entry : sheet.rows().headMap(HEADER_SEARCH_ROWS + 1).entrySet()) {
            Map<C, Integer> columns = new EnumMap<>(type);
            entry.getValue().forEach((column, cell) -> {
                if (!cell.isNumeric() && cell.text().length() <= MAX_HEADER_CHARS) {
                    C c = byKey.get(VietnameseText.key(cell.text()));
                    if (c != null) {
                        columns.putIfAbsent(c, column);
                    }
                }
            });
            if (columns.size() > best.size()) {
                best = columns;
                bestRow = entry.getKey();
            }
        }
        Map<C, Integer> found = best;
        List<String> missing = java.util.Arrays.stream(type.getEnumConstants())
                .filter(required).filter(c -> !found.containsKey(c)).map(headerText).toList();
        if (!missing.isEmpty()) {
            errors.add(new ValidationError(sheet.name(), bestRow == 0 ? null : "dòng " + bestRow, null, Rule.HEADER_MISSING,
                    "không thấy cột " + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
                            + " ở dòng tiêu đề; hãy giữ nguyên tên cột như mẫu (có thể đổi chỗ, không được xóa)."));
            return Optional.empty();
        }
        return Optional.of(new Header<>(bestRow, found));
    }

    private void checkFormulas() {
        if (cells.hasExternalLinks()) {
            errors.add(ValidationError.ofFile(Rule.FILE_EXTERNAL_LINK, "tệp có liên kết tới bảng tính khác; hãy chép "
                    + "giá trị (Dán đặc biệt > Giá trị) thay cho công thức liên kết rồi gửi lại."));
        }
        for (WorkbookCells.Sheet sheet : cells.sheets()) {
            sheet.rows().values().forEach(row -> row.values().forEach(cell -> {
                if (cell.formula() != null && DANGEROUS_FORMULA.matcher(cell.formula()).find()) {
                    error(sheet, cell, Rule.FORMULA_FORBIDDEN, "ô chứa công thức \"=" + cell.formula()
                            + "\" (liên kết ngoài, siêu liên kết hoặc lệnh); hãy thay bằng giá trị.");
                }
            }));
        }
    }

    private void error(WorkbookCells.Sheet sheet, CellValue cell, Rule rule, String message) {
        errors.add(new ValidationError(sheet.name(), cell == null ? null : cell.ref(),
                cell == null ? null : cell.display(cells.date1904()), rule, message));
    }

    private static String sheetRef(WorkbookCells.Sheet sheet, int column, int row) {
        return canonicalSheetName(sheet) + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + row;
    }

    /** Provenance names the sheet as the contract does ("Chỉ tiêu"), whatever case or spacing the file used. */
    private static String canonicalSheetName(WorkbookCells.Sheet sheet) {
        String key = VietnameseText.key(sheet.name());
        if (key.equals(VietnameseText.key(WorkbookLayout.TASK_SHEET))) {
            return WorkbookLayout.TASK_SHEET;
        }
        if (key.equals(VietnameseText.key(WorkbookLayout.INDICATOR_SHEET))) {
            return WorkbookLayout.INDICATOR_SHEET;
        }
        return sheet.name();
    }

    private LocalDate receivedOn() {
        return file.receivedAt().atZone(zone).toLocalDate();
    }

    private static String label(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
