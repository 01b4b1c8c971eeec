package vn.da06.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import vn.da06.base.VietnameseText;

/**
 * The cells of the sheets the import needs, read by {@link XlsxCellReader}: sheet name (as in the file) → rows →
 * cells. Only non-empty cells are kept. {@code date1904}: the workbook counts dates from 1904 (old Mac Excel).
 */
record WorkbookCells(List<Sheet> sheets, boolean hasExternalLinks, boolean date1904) {

    /** A sheet: its name as written and its rows by 1-based row number, each row by 0-based column. */
    record Sheet(String name, SortedMap<Integer, SortedMap<Integer, CellValue>> rows) {
    }

    /** The sheet whose name matches ignoring case, accents and spacing. */
    Optional<Sheet> sheet(String name) {
        String key = VietnameseText.key(name);
        return sheets.stream().filter(s -> VietnameseText.key(s.name()).equals(key)).findFirst();
    }

    static Map<Integer, CellValue> row(Sheet sheet, int rowNumber) {
        return sheet.rows().getOrDefault(rowNumber, java.util.Collections.emptySortedMap());
    }
}
