package vn.da06.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/**
 * Where a month's reporting stands: each unit's state and the tasks overdue. {@code da06 status} prints it and the
 * portal's month page shows it, from the same queries ({@code sql/query/status-*.sql}).
 */
@Component
public class MonthStatus {

    /** The states a unit can be in for a month, with the words users read. */
    public enum State {
        ON_TIME("Đúng hạn"), LATE("Muộn"), HELD("Chờ duyệt"), REJECTED("Bị từ chối"), MISSING("Chưa gửi");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A unit's state for the month; for a rejection, the first error (sheet and cell null for a file-level one).
     *
     * @param submissionKey the workbook the state comes from (null: missing)
     */
    public record UnitState(String code, String name, State state, Long submissionKey, Instant receivedAt,
                            String fileName, String sheet, String cell, String message, LocalDate dueDate) {

        /** "Nhiệm vụ!F7: ..." for a rejection, the file name otherwise. */
        public String note() {
            if (state != State.REJECTED) {
                return fileName == null ? "" : fileName;
            }
            String where = sheet == null ? "" : sheet + (cell == null ? "" : "!" + cell) + ": ";
            return fileName + ": " + where + message;
        }
    }

    /** A task past its deadline that no lead unit has reported done. */
    public record OverdueTask(int number, String code, String content, LocalDate dueDate, String leadText) {
    }

    private final JdbcClient jdbc;

    MonthStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitState> units(String planCode, YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/status-units.sql")).param("plan", planCode).param("month", key(month))
                .query((rs, n) -> new UnitState(rs.getString("code"), rs.getString("name"),
                        State.valueOf(rs.getString("state").toUpperCase()), (Long) rs.getObject("submission_key"),
                        rs.getTimestamp("received_at") == null ? null : rs.getTimestamp("received_at").toInstant(),
                        rs.getString("file_name"), rs.getString("sheet"), rs.getString("cell"), rs.getString("message"),
                        rs.getObject("due_date", LocalDate.class)))
                .list();
    }

    public List<OverdueTask> overdue(String planCode, YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/status-overdue.sql")).param("plan", planCode).param("month", key(month))
                .query((rs, n) -> new OverdueTask(rs.getInt("number"), rs.getString("code"), rs.getString("content"),
                        rs.getObject("due_date", LocalDate.class), rs.getString("lead_text")))
                .list();
    }

    /** A month of a loaded plan, with the plan that covers it. */
    public record PlanMonth(YearMonth month, String planCode) {
    }

    /** Every month of the loaded plans, latest first. */
    public List<PlanMonth> planMonths() {
        return jdbc.sql(SqlFiles.load("query/plan-months.sql"))
                .query((rs, n) -> new PlanMonth(YearMonth.of(rs.getInt("month_key") / 100, rs.getInt("month_key") % 100),
                        rs.getString("plan_code")))
                .list();
    }

    /** The latest month any workbook was recorded for. */
    public Optional<YearMonth> latestReportedMonth() {
        return jdbc.sql(SqlFiles.load("query/latest-reported-month.sql")).query(Integer.class).optional()
                .filter(java.util.Objects::nonNull).map(k -> YearMonth.of(k / 100, k % 100));
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
