package vn.da06.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.da06.template.UnitTemplate.PreviousIndicator;
import vn.da06.template.UnitTemplate.PreviousTask;

/** What a simulated unit reports for one month: its task rows and indicator rows by code, in workbook order. */
record MonthReport(YearMonth month, Map<String, TaskReport> tasks, Map<String, IndicatorReport> indicators) {

    MonthReport {
        tasks = new LinkedHashMap<>(tasks);
        indicators = new LinkedHashMap<>(indicators);
    }

    /** A task row. Status is the stored value (done, in_progress...); null values are left blank. */
    record TaskReport(String status, BigDecimal progress, LocalDate completedOn, String result, String difficulties,
                      String proposals) {

        PreviousTask asPrevious(YearMonth month) {
            return new PreviousTask(month, status, progress, completedOn, result);
        }

        TaskReport withProgress(BigDecimal newProgress) {
            return new TaskReport(status, newProgress, completedOn, result, difficulties, proposals);
        }

        TaskReport withStatus(String newStatus, BigDecimal newProgress, LocalDate newCompletedOn) {
            return new TaskReport(newStatus, newProgress, newCompletedOn, result, difficulties, proposals);
        }
    }

    /** An indicator row: whole numbers, numerator at most denominator; denominator 0 means nothing to count. */
    record IndicatorReport(long numerator, long denominator, String note) {

        PreviousIndicator asPrevious(YearMonth month) {
            return new PreviousIndicator(month, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }
    }
}
