package vn.da06.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.SqlFiles;

/**
 * Where a month's reporting stands: each unit's state and the tasks overdue. {@code da06 status} prints it and the
 * portal's month page shows it, from the same queries ({@code query/ops/status-*.sql}, the reports' overdue tasks).
 */
@Component
public class MonthStatus {

    /** The states a unit can be in for a month, with the words users read. */
    public enum State {
        ON_TIME("Đúng hạn"), LATE("Muộn"), HELD("Chờ duyệt"), REJECTED("Bị từ chối"), MISSING("Chưa gửi"),
        NOT_DUE("Chưa đến hạn");

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
     * @param submissionKey the workbook the state comes from (null: none sent)
     */
    public record UnitState(String code, String name, State state, Long submissionKey, Instant receivedAt,
                            String fileName, String sheet, String cell, String message, LocalDate dueDate) {

        /** "tệp.xlsx: Nhiệm vụ!F7: ..." for a rejection, the file name otherwise. */
        public String note() {
            if (state != State.REJECTED) {
                return fileName == null ? "" : fileName;
            }
            String where = sheet == null ? "" : sheet + (cell == null ? "" : "!" + cell) + ": ";
            return fileName + ": " + where + message;
        }
    }

    /**
     * A task past its due date and not done (the reports' own list).
     *
     * @param unfinishedLeads the lead units that have not finished their part
     */
    public record OverdueTask(int number, String content, String dueText, String unfinishedLeads) {
    }

    /** A month of a loaded plan, with the plan that covers it. */
    public record PlanMonth(YearMonth month, String planCode) {
    }

    private final JdbcClient jdbc;
    private final Da06Properties properties;

    MonthStatus(JdbcClient jdbc, Da06Properties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public List<UnitState> units(String planCode, YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/ops/status-units.sql")).param("plan", planCode).param("month", key(month))
                .param("today", LocalDate.now(properties.zone()))
                .query((rs, n) -> new UnitState(rs.getString("code"), rs.getString("name"),
                        State.valueOf(rs.getString("state").toUpperCase()), (Long) rs.getObject("submission_key"),
                        rs.getTimestamp("received_at") == null ? null : rs.getTimestamp("received_at").toInstant(),
                        rs.getString("file_name"), rs.getString("sheet"), rs.getString("cell"), rs.getString("message"),
                        rs.getObject("due_date", LocalDate.class)))
                .list();
    }

    public List<OverdueTask> overdue(String planCode, YearMonth month) {
        return jdbc.sql(SqlFiles.load("report/overdue-tasks.sql")).param("plan", planCode).param("last_month", key(month))
                .query((rs, n) -> new OverdueTask(rs.getInt("number"), rs.getString("content"), rs.getString("due_text"),
                        rs.getString("unfinished_leads")))
                .list();
    }

    /** The latest month any workbook was recorded for. */
    public Optional<YearMonth> latestReportedMonth() {
        return jdbc.sql(SqlFiles.load("query/ops/status-latest-month.sql")).query(Integer.class).optional()
                .filter(Objects::nonNull).map(k -> YearMonth.of(k / 100, k % 100));
    }

    /** Every month of the loaded plans, latest first. */
    public List<PlanMonth> planMonths() {
        return jdbc.sql(SqlFiles.load("query/ops/plan-months.sql"))
                .query((rs, n) -> new PlanMonth(YearMonth.of(rs.getInt("month_key") / 100, rs.getInt("month_key") % 100),
                        rs.getString("plan_code")))
                .list();
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
