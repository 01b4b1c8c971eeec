package vn.da06.template;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.MonthRange;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;
import vn.da06.plan.PlanCatalog;
import vn.da06.template.UnitTemplate.IndicatorLine;
import vn.da06.template.UnitTemplate.Plan;
import vn.da06.template.UnitTemplate.PreviousIndicator;
import vn.da06.template.UnitTemplate.PreviousTask;
import vn.da06.template.UnitTemplate.TaskLine;
import vn.da06.template.UnitTemplate.Unit;

/** Reads from the warehouse what goes into units' workbooks: the plan, its reporting units, their rows. */
@Component
public class TemplateCatalog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final PlanCatalog plans;

    TemplateCatalog(JdbcClient jdbc, PlanCatalog plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** The plan named (or the latest one), checked to cover every month given. */
    public Plan plan(String requestedCode, MonthRange months) {
        String code = plans.resolve(requestedCode);
        Map<YearMonth, LocalDate> dueDates = dueDates(code);
        Plan plan = jdbc.sql(SqlFiles.load("query/template/plan.sql"))
                .param("code", code)
                .query((rs, n) -> new Plan(rs.getInt("plan_key"), rs.getString("code"), rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("report_due_day"), rs.getString("area"), dueDates))
                .single();
        for (YearMonth month : months.months()) {
            if (!plan.covers(month)) {
                throw new UserException("tháng " + MonthRange.LABEL.format(month) + " nằm ngoài thời gian của kế hoạch "
                        + plan.code() + " (" + DATE.format(plan.startsOn()) + " – " + DATE.format(plan.endsOn())
                        + "). Hãy chọn tháng trong thời gian kế hoạch.");
            }
        }
        return plan;
    }

    private Map<YearMonth, LocalDate> dueDates(String planCode) {
        Map<YearMonth, LocalDate> dueDates = new HashMap<>();
        jdbc.sql(SqlFiles.load("query/template/due-dates.sql")).param("code", planCode)
                .query((rs, n) -> dueDates.put(yearMonth(rs.getInt("month_key")), rs.getObject("report_due_date", LocalDate.class)))
                .list();
        return dueDates;
    }

    /** Every unit the plan assigns a task or an indicator to, valid in the month, by code. */
    public List<Unit> reportingUnits(Plan plan, YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/template/units.sql"))
                .param("plan_key", plan.key())
                .param("first_day", month.atDay(1))
                .param("last_day", month.atEndOfMonth())
                .query((rs, n) -> new Unit(rs.getInt("unit_key"), rs.getString("code"), rs.getString("name"),
                        rs.getString("kind")))
                .list();
    }

    /** The units named by code (case does not matter), in the order named; fails plainly on a code that does not report. */
    List<Unit> reportingUnits(Plan plan, YearMonth month, List<String> codes) {
        List<Unit> reporting = reportingUnits(plan, month);
        List<Unit> chosen = new ArrayList<>();
        for (String code : codes) {
            String wanted = code.trim().toUpperCase(Locale.ROOT);
            Unit unit = reporting.stream().filter(u -> u.code().toUpperCase(Locale.ROOT).equals(wanted)).findFirst()
                    .orElseThrow(() -> notReporting(plan, month, code, reporting));
            if (!chosen.contains(unit)) {
                chosen.add(unit);
            }
        }
        return chosen;
    }

    private UserException notReporting(Plan plan, YearMonth month, String code, List<Unit> reporting) {
        String valid = String.join(", ", reporting.stream().map(Unit::code).toList());
        String name = jdbc.sql(SqlFiles.load("query/template/unit-name.sql"))
                .param("code", code.trim()).param("first_day", month.atDay(1)).param("last_day", month.atEndOfMonth())
                .query(String.class).optional().orElse(null);
        if (name == null) {
            return new UserException("không có đơn vị mã " + code + " trong tháng " + MonthRange.LABEL.format(month)
                    + ". Các mã đơn vị báo cáo theo kế hoạch " + plan.code() + ": " + valid + ".");
        }
        return new UserException("đơn vị " + code + " (" + name + ") không được giao nhiệm vụ hay chỉ tiêu nào trong kế hoạch "
                + plan.code() + ", nên không có mẫu báo cáo. Các mã đơn vị báo cáo: " + valid + ".");
    }

    /** The unit's workbook content for the month, pre-filled from its latest accepted values before that month. */
    public UnitTemplate template(Plan plan, Unit unit, YearMonth month) {
        List<TaskLine> tasks = jdbc.sql(SqlFiles.load("query/template/tasks.sql"))
                .param("plan_key", plan.key()).param("unit_key", unit.key()).param("first_day", month.atDay(1))
                .query((rs, n) -> taskLine(rs)).list();
        List<IndicatorLine> indicators = jdbc.sql(SqlFiles.load("query/template/indicators.sql"))
                .param("plan_key", plan.key()).param("unit_key", unit.key()).param("first_day", month.atDay(1))
                .query((rs, n) -> indicatorLine(rs)).list();
        return new UnitTemplate(plan, unit, month, tasks, indicators);
    }

    private static TaskLine taskLine(ResultSet rs) throws SQLException {
        Integer prevMonth = (Integer) rs.getObject("prev_month_key");
        PreviousTask previous = prevMonth == null ? null : new PreviousTask(yearMonth(prevMonth), rs.getString("prev_status"),
                rs.getBigDecimal("prev_progress"), rs.getObject("prev_completed_on", LocalDate.class),
                rs.getString("prev_result"));
        return new TaskLine(rs.getInt("number"), rs.getString("code"), rs.getString("content"),
                rs.getString("deadline_text"), rs.getString("deadline_kind"), rs.getObject("due_date", LocalDate.class),
                (Integer) rs.getObject("monthly_day"), rs.getObject("starts_on", LocalDate.class), rs.getString("product"),
                rs.getString("role"), previous);
    }

    private static IndicatorLine indicatorLine(ResultSet rs) throws SQLException {
        Integer prevMonth = (Integer) rs.getObject("prev_month_key");
        PreviousIndicator previous = prevMonth == null ? null : new PreviousIndicator(yearMonth(prevMonth),
                rs.getBigDecimal("prev_numerator"), rs.getBigDecimal("prev_denominator"));
        BigDecimal target = rs.getBigDecimal("target_pct");
        return new IndicatorLine(rs.getString("code"), rs.getString("name"), rs.getString("numerator_label"),
                rs.getString("denominator_label"), target, rs.getString("aggregation"), rs.getString("direction"), previous);
    }

    private static YearMonth yearMonth(int monthKey) {
        return YearMonth.of(monthKey / 100, monthKey % 100);
    }
}
