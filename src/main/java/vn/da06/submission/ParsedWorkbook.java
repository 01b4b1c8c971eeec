package vn.da06.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a workbook says, checked. Fields are null when the cover could not be read that far; {@code errors} empty
 * means the workbook can be loaded.
 */
record ParsedWorkbook(Integer planKey, Integer unitKey, YearMonth month, String templateVersion, String preparedBy,
                      String phone, LocalDate preparedOn, List<TaskFact> tasks, List<IndicatorFact> indicators,
                      List<ValidationError> errors) {

    boolean accepted() {
        return errors.isEmpty();
    }

    Integer monthKey() {
        return month == null ? null : ReferenceData.monthKey(month);
    }

    /** One row of the "Nhiệm vụ" sheet. {@code sourceCell} is the Tình trạng cell, e.g. "Nhiệm vụ!E7". */
    record TaskFact(int taskKey, String role, String status, BigDecimal progressPct, LocalDate completedOn,
                    String result, String difficulties, String proposals, String sourceCell) {
    }

    /** One row of the "Chỉ tiêu" sheet, with the cells of its numerator and denominator. */
    record IndicatorFact(int indicatorKey, BigDecimal numerator, BigDecimal denominator, String note,
                         String numeratorCell, String denominatorCell) {
    }
}
