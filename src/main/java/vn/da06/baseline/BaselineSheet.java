package vn.da06.baseline;

import java.util.List;

/**
 * The sheet a previous year's indicator figures are typed into ({@code da06 baseline template} writes it,
 * {@code da06 baseline import} reads it): one row per unit, indicator and period, under a header row.
 */
final class BaselineSheet {

    static final String NAME = "Số liệu năm trước";
    static final String GUIDE = "Hướng dẫn";
    /** Row (0-based) of the column headers; data rows follow. */
    static final int HEADER_ROW = 2;
    static final List<String> HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Kỳ", "Tử số", "Mẫu số");
    static final int UNIT = 0;
    static final int INDICATOR = 2;
    static final int PERIOD = 4;
    static final int NUMERATOR = 5;
    static final int DENOMINATOR = 6;

    private BaselineSheet() {
    }

    /** The two periods a year's figures are kept for: its first half and the whole year (as reports write them). */
    static List<String> periods(int year) {
        return List.of(year + "-H1", Integer.toString(year));
    }
}
