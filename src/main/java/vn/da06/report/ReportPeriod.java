package vn.da06.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.base.UserException;

/**
 * The months a report covers, as typed on the command line: {@code 2024-05} (a month), {@code 2024-H1} (the
 * half-year review: January to June) or {@code 2024} (the year-end summary: January to December). Reviews cover
 * the year to date. The previous period is the one the report compares with: the month before, the first quarter
 * for the half-year review (so its change shows the second quarter's progress), the half-year for the year-end
 * summary. The next period is the one whose due tasks the report lists.
 */
record ReportPeriod(ReportKind kind, String code, YearMonth first, YearMonth last, String label,
                    YearMonth previousFirst, YearMonth previousLast, String previousLabel,
                    LocalDate nextStart, LocalDate nextEnd, String nextLabel) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-[Hh]([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static ReportPeriod parse(ReportKind kind, String text) {
        String value = text == null ? "" : text.trim();
        return switch (kind) {
            case MONTHLY -> month(value);
            case HALF_YEAR -> halfYear(value);
            case ANNUAL -> year(value);
        };
    }

    private static ReportPeriod month(String value) {
        Matcher m = MONTH.matcher(value);
        int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (month < 1 || month > 12) {
            throw invalid(value, "báo cáo tháng cần kỳ dạng NĂM-THÁNG, ví dụ 2024-05");
        }
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
        YearMonth previous = ym.minusMonths(1);
        YearMonth next = ym.plusMonths(1);
        return new ReportPeriod(ReportKind.MONTHLY, ym.toString(), ym, ym, "tháng " + monthLabel(ym),
                previous, previous, "tháng " + monthLabel(previous),
                next.atDay(1), next.atEndOfMonth(), "tháng " + monthLabel(next));
    }

    private static ReportPeriod halfYear(String value) {
        Matcher m = HALF.matcher(value);
        if (!m.matches()) {
            throw invalid(value, "sơ kết 6 tháng cần kỳ dạng NĂM-H1, ví dụ 2024-H1");
        }
        if (m.group(2).equals("2")) {
            throw invalid(value, "sơ kết 6 tháng chỉ lập cho 6 tháng đầu năm (ví dụ 2024-H1); "
                    + "cả năm được tổng kết bằng: da06 report annual --period " + m.group(1));
        }
        int year = Integer.parseInt(m.group(1));
        return new ReportPeriod(ReportKind.HALF_YEAR, year + "-H1", YearMonth.of(year, 1), YearMonth.of(year, 6),
                "6 tháng đầu năm " + year, YearMonth.of(year, 1), YearMonth.of(year, 3), "quý I/" + year,
                LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), "6 tháng cuối năm " + year);
    }

    private static ReportPeriod year(String value) {
        if (!YEAR.matcher(value).matches()) {
            throw invalid(value, "tổng kết năm cần kỳ là một năm, ví dụ 2024");
        }
        int year = Integer.parseInt(value);
        return new ReportPeriod(ReportKind.ANNUAL, Integer.toString(year), YearMonth.of(year, 1), YearMonth.of(year, 12),
                "năm " + year, YearMonth.of(year, 1), YearMonth.of(year, 6), "6 tháng đầu năm " + year,
                LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 12, 31), "năm " + (year + 1));
    }

    private static UserException invalid(String value, String rule) {
        return new UserException("kỳ báo cáo \"" + value + "\" không hợp lệ: " + rule + ".");
    }

    static String monthLabel(YearMonth ym) {
        return String.format("%02d/%d", ym.getMonthValue(), ym.getYear());
    }

    /** Month keys as the warehouse stores them (YYYYMM). */
    static int key(YearMonth ym) {
        return ym.getYear() * 100 + ym.getMonthValue();
    }

    /** The same period a year earlier, as its code is written: 2023-05, 2023-H1 or 2023. */
    String lastYearCode() {
        return switch (kind) {
            case MONTHLY -> first.minusYears(1).toString();
            case HALF_YEAR -> (first.getYear() - 1) + "-H1";
            case ANNUAL -> Integer.toString(first.getYear() - 1);
        };
    }

    LocalDate start() {
        return first.atDay(1);
    }

    LocalDate end() {
        return last.atEndOfMonth();
    }
}
