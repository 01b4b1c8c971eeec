package vn.da06.plan;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/** Which plans are loaded, and the tasks of one as {@code plan show} lists them. */
@Component
public class PlanCatalog {

    private final JdbcClient jdbc;

    PlanCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan named, or when none is named the plan of the latest year; fails plainly when there is none. */
    public String resolve(String requestedCode) {
        if (requestedCode != null) {
            boolean exists = jdbc.sql(SqlFiles.load("query/plan/exists.sql")).param("code", requestedCode)
                    .query(Integer.class).single() > 0;
            if (!exists) {
                throw new UserException("chưa nạp kế hoạch " + requestedCode + " (các kế hoạch đã nạp: " + String.join(", ", codes())
                        + "). Nạp bằng lệnh: da06 plan import <thư mục kế hoạch>");
            }
            return requestedCode;
        }
        return jdbc.sql(SqlFiles.load("query/plan/latest.sql")).query(String.class)
                .optional().orElseThrow(() -> new UserException(
                        "chưa nạp kế hoạch nào. Nạp kế hoạch mẫu bằng lệnh: da06 plan import"));
    }

    List<String> codes() {
        return jdbc.sql(SqlFiles.load("query/plan/codes.sql")).query(String.class).list();
    }

    record PlanLine(String code, String name, java.time.LocalDate startsOn, java.time.LocalDate endsOn, String unitName,
                    int tasks, int indicators) {
    }

    /** Every loaded plan, oldest first. */
    List<PlanLine> plans() {
        return jdbc.sql(SqlFiles.load("query/plan/list.sql"))
                .query((rs, n) -> new PlanLine(rs.getString("code"), rs.getString("name"),
                        rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
                        rs.getString("unit_name"), rs.getInt("tasks"), rs.getInt("indicators")))
                .list();
    }

    record TaskLine(String groupCode, String groupName, int number, String content, String product, String leads,
                    String cooperating, String deadlineText, String deadlineKind, java.time.LocalDate dueDate, Integer monthlyDay,
                    java.time.LocalDate startsOn) {
    }

    List<TaskLine> tasks(String planCode) {
        return jdbc.sql(SqlFiles.load("query/plan/tasks.sql")).param("plan", planCode)
                .query((rs, n) -> new TaskLine(rs.getString("group_code"), rs.getString("group_name"),
                        rs.getInt("number"), rs.getString("content"), rs.getString("product"), rs.getString("leads"),
                        rs.getString("cooperating"),
                        rs.getString("deadline_text"), rs.getString("deadline_kind"),
                        rs.getObject("due_date", java.time.LocalDate.class), (Integer) rs.getObject("monthly_day"),
                        rs.getObject("starts_on", java.time.LocalDate.class)))
                .list();
    }

    record TargetLine(int seq, String code, String name, java.math.BigDecimal targetPct, String direction,
                      String aggregation, String combine, String unitNoun, String reporters) {
    }

    /** The targets of section II of the plan, in order. */
    List<TargetLine> targets(String planCode) {
        return jdbc.sql(SqlFiles.load("query/plan/targets.sql")).param("plan", planCode)
                .query((rs, n) -> new TargetLine(rs.getInt("seq"), rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("target_pct"), rs.getString("direction"), rs.getString("aggregation"),
                        rs.getString("combine"), rs.getString("unit_noun"), rs.getString("reporters_text")))
                .list();
    }
}
