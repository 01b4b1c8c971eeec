package vn.da06.plan;

import java.time.LocalDate;

/**
 * A task's "Thời gian hoàn thành" as a rule.
 *
 * @param kind        how the deadline works
 * @param dueDate     the deadline of a {@link Kind#DUE_DATE} task
 * @param monthlyDay  the day of month of a {@link Kind#MONTHLY} task (null: by the end of each month)
 * @param startsOn    first day the task applies, when the text names one
 * @param condition   what a {@link Kind#CONDITIONAL} task waits for
 */
public record DeadlineRule(Kind kind, LocalDate dueDate, Integer monthlyDay, LocalDate startsOn, String condition) {

    public enum Kind {
        DUE_DATE("due_date"), MONTHLY("monthly"), CONTINUOUS("continuous"), CONDITIONAL("conditional");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /** The value stored in {@code dim_task.deadline_kind}. */
        public String sql() {
            return sql;
        }
    }

    static DeadlineRule dueBy(LocalDate date) {
        return new DeadlineRule(Kind.DUE_DATE, date, null, null, null);
    }

    static DeadlineRule monthly(Integer day) {
        return new DeadlineRule(Kind.MONTHLY, null, day, null, null);
    }

    static DeadlineRule continuous(LocalDate startsOn) {
        return new DeadlineRule(Kind.CONTINUOUS, null, null, startsOn, null);
    }

    static DeadlineRule conditional(String condition) {
        return new DeadlineRule(Kind.CONDITIONAL, null, null, null, condition);
    }
}
