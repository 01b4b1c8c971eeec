package vn.da06.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one unit's workbook for one month holds: the tasks it leads or cooperates on, the indicators it reports, and
 * its latest accepted values before that month (pre-filled).
 */
public record UnitTemplate(Plan plan, Unit unit, YearMonth month, List<TaskLine> tasks, List<IndicatorLine> indicators) {

    /**
     * A plan with its report due date of each month it covers ({@code v_plan_month}).
     *
     * @param area the word for the plan's ground: "huyện", "tỉnh" or "xã"
     */
    public record Plan(int key, String code, String name, LocalDate startsOn, LocalDate endsOn, int reportDueDay,
                       String area, Map<YearMonth, LocalDate> dueDates) {

        public Plan {
            dueDates = Map.copyOf(dueDates);
        }

        /** The day by which units must send the workbook of {@code month}, a month the plan covers. */
        public LocalDate dueDate(YearMonth month) {
            LocalDate due = dueDates.get(month);
            if (due == null) {
                throw new IllegalArgumentException("plan " + code + " does not cover " + month);
            }
            return due;
        }

        boolean covers(YearMonth month) {
            return !month.atEndOfMonth().isBefore(startsOn) && !month.atDay(1).isAfter(endsOn);
        }
    }

    public record Unit(int key, String code, String name, String kind) {
    }

    /**
     * A task row. {@code recurring} tasks (monthly ones) are done again every month, so last month's values are
     * shown in a comment rather than pre-filled.
     */
    public record TaskLine(int number, String code, String content, String deadlineText, String deadlineKind, LocalDate dueDate,
                    Integer monthlyDay, LocalDate startsOn, String product, String role, PreviousTask previous) {

        boolean recurring() {
            return "monthly".equals(deadlineKind);
        }

        public TaskLine withPrevious(PreviousTask newPrevious) {
            return new TaskLine(number, code, content, deadlineText, deadlineKind, dueDate, monthlyDay, startsOn, product,
                    role, newPrevious);
        }
    }

    /** Latest accepted values of a task row before the template month. */
    public record PreviousTask(YearMonth month, String status, BigDecimal progress, LocalDate completedOn, String result) {
    }

    /**
     * An indicator row. A {@code flow} indicator counts what happened in the month, so last month's numbers are
     * shown in a comment rather than pre-filled; a stock indicator's are pre-filled.
     */
    public record IndicatorLine(String code, String name, String numeratorLabel, String denominatorLabel, BigDecimal targetPct,
                         String aggregation, String direction, PreviousIndicator previous) {

        public boolean flow() {
            return "flow".equals(aggregation);
        }

        String method() {
            return "Tử số: " + numeratorLabel + " / Mẫu số: " + denominatorLabel;
        }

        public IndicatorLine withPrevious(PreviousIndicator newPrevious) {
            return new IndicatorLine(code, name, numeratorLabel, denominatorLabel, targetPct, aggregation, direction,
                    newPrevious);
        }
    }

    /** Latest accepted numerator and denominator of an indicator row before the template month. */
    public record PreviousIndicator(YearMonth month, BigDecimal numerator, BigDecimal denominator) {
    }

    /** The same rows without any earlier values. */
    public UnitTemplate withoutPrevious() {
        return new UnitTemplate(plan, unit, month, tasks.stream().map(t -> t.withPrevious(null)).toList(),
                indicators.stream().map(i -> i.withPrevious(null)).toList());
    }

    /** The latest month any pre-filled value comes from, if any. */
    Optional<YearMonth> prefilledFrom() {
        return Stream.concat(
                        tasks.stream().filter(t -> t.previous() != null).map(t -> t.previous().month()),
                        indicators.stream().filter(i -> i.previous() != null).map(i -> i.previous().month()))
                .max(YearMonth::compareTo);
    }
}
