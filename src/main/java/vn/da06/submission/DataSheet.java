package vn.da06.submission;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.poi.ss.util.CellReference;

import vn.da06.base.VietnameseText;
import vn.da06.workbook.WorkbookLayout;

/**
 * One of the contract's two data sheets (Nhiệm vụ, Chỉ tiêu) as its rules read it: the header row found by the column
 * titles (columns may move, not disappear), the rows below it, references to its cells, and the rules every cell of
 * either sheet follows (numbers, length of free text).
 */
final class DataSheet<C extends Enum<C>> {

    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int MAX_HEADER_CHARS = 80;
    private static final int MAX_TEXT = 4_000;

    private final WorkbookUnderCheck workbook;
    private final WorkbookCells.Sheet sheet;
    /** The sheet as the contract names it, for provenance. */
    private final String canonicalName;
    private final int headerRow;
    private final Map<C, Integer> columns;

    private DataSheet(WorkbookUnderCheck workbook, WorkbookCells.Sheet sheet, int headerRow, Map<C, Integer> columns) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.canonicalName = canonicalName(sheet.name());
        this.headerRow = headerRow;
        this.columns = columns;
    }

    /** Finds the header row (the first rows holding every required column header) and each column's position. */
    static <C extends Enum<C>> Optional<DataSheet<C>> find(WorkbookUnderCheck workbook, WorkbookCells.Sheet sheet,
            Class<C> type, Function<C, String> headerText, Predicate<C> required) {
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
        List<String> missing = Arrays.stream(type.getEnumConstants())
                .filter(required).filter(c -> !found.containsKey(c)).map(headerText).toList();
        if (!missing.isEmpty()) {
            workbook.add(new ValidationError(sheet.name(), bestRow == 0 ? null : "dòng " + bestRow, null, Rule.HEADER_MISSING,
                    "không thấy cột " + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
                            + " ở dòng tiêu đề; hãy giữ nguyên tên cột như mẫu (có thể đổi chỗ, không được xóa)."));
            return Optional.empty();
        }
        return Optional.of(new DataSheet<>(workbook, sheet, bestRow, found));
    }

    /** The rows below the header row, by row number. */
    SortedMap<Integer, SortedMap<Integer, CellValue>> rows() {
        return sheet.rows().tailMap(headerRow + 1);
    }

    CellValue cell(Map<Integer, CellValue> row, C column) {
        return row.get(columns.get(column));
    }

    /** Provenance of a value: the sheet as the contract names it ("Chỉ tiêu"), whatever case or spacing the file used. */
    String reference(C column, int row) {
        return canonicalName + "!" + CellReference.convertNumToColString(columns.get(column)) + row;
    }

    private static String canonicalName(String name) {
        String key = VietnameseText.key(name);
        if (key.equals(VietnameseText.key(WorkbookLayout.TASK_SHEET))) {
            return WorkbookLayout.TASK_SHEET;
        }
        if (key.equals(VietnameseText.key(WorkbookLayout.INDICATOR_SHEET))) {
            return WorkbookLayout.INDICATOR_SHEET;
        }
        return name;
    }

    void error(CellValue cell, Rule rule, String message) {
        workbook.error(sheet, cell, rule, message);
    }

    /** A number of zero or more, or null when the cell is blank or holds none (the error says why). */
    BigDecimal number(CellValue cell, boolean percent) {
        if (isBlank(cell)) {
            return null;
        }
        BigDecimal value;
        try {
            value = CellParsing.number(cell, percent);
        } catch (IllegalArgumentException e) {
            error(cell, Rule.NUMBER_INVALID, e.getMessage() + ".");
            return null;
        }
        if (value.signum() < 0) {
            error(cell, Rule.NUMBER_NEGATIVE, "số " + value.toPlainString() + " âm; hãy nhập số từ 0 trở lên.");
            return null;
        }
        return value;
    }

    /** Free text within the length the warehouse keeps, or null when blank or too long (the error says so). */
    String freeText(CellValue cell) {
        if (cell == null) {
            return null;
        }
        String text = CellParsing.text(cell);
        if (text.length() > MAX_TEXT) {
            error(cell, Rule.TEXT_TOO_LONG, "nội dung dài " + text.length() + " ký tự, quá " + MAX_TEXT
                    + " ký tự; hãy viết gọn lại.");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    static boolean isBlank(CellValue cell) {
        return cell == null || (!cell.isNumeric() && cell.text().isBlank());
    }
}
