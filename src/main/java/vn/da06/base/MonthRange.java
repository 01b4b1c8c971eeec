package vn.da06.base;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of reporting months, both ends included (one month is a range of one).
 *
 * @param first first month, included
 * @param last  last month, included
 */
public record MonthRange(YearMonth first, YearMonth last) {

    /** Month as shown to users: MM/YYYY. */
    public static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yyyy");

    public MonthRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last month " + last + " before first " + first);
        }
    }

    public static MonthRange of(YearMonth month) {
        return new MonthRange(month, month);
    }

    /** Every month of the range, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** "03/2024" or "01/2024–12/2024". */
    public String label() {
        return first.equals(last) ? LABEL.format(first) : LABEL.format(first) + "–" + LABEL.format(last);
    }
}
