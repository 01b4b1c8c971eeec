package vn.da06.submission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.SqlFiles;

/**
 * What validating a workbook needs to know, read once per import: plans, units over time, each plan's tasks and
 * indicators, who is assigned what, and each plan's due date of every month. Immutable once read; safe to share
 * between threads.
 */
final class ReferenceData {

    record PlanInfo(int key, String code, LocalDate startsOn, LocalDate endsOn) {
    }

    record UnitInfo(int key, String code, String name, LocalDate validFrom, LocalDate validTo) {
        boolean validIn(YearMonth month) {
            return !validFrom.isAfter(month.atEndOfMonth()) && (validTo == null || !validTo.isBefore(month.atDay(1)));
        }
    }

    record TaskInfo(int key, int planKey, String code, int number) {
    }

    record IndicatorInfo(int key, int planKey, String code) {
    }

    private final Map<String, PlanInfo> plans = new HashMap<>();
    private final Map<String, List<UnitInfo>> unitsByCode = new HashMap<>();
    private final Map<Integer, Map<String, TaskInfo>> tasks = new HashMap<>();
    private final Map<Integer, Map<String, IndicatorInfo>> indicators = new HashMap<>();
    private final Map<Integer, Map<Integer, String>> taskRoles = new HashMap<>();
    private final Map<Integer, java.util.Set<Integer>> indicatorsByUnit = new HashMap<>();
    private final Map<Integer, Map<Integer, LocalDate>> dueDates = new HashMap<>();

    static ReferenceData load(JdbcClient jdbc) {
        ReferenceData data = new ReferenceData();
        jdbc.sql(SqlFiles.load("query/submission/reference-plans.sql")).query((rs, n) -> data.plans.put(rs.getString("code"),
                new PlanInfo(rs.getInt("plan_key"), rs.getString("code"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))).list();
        jdbc.sql(SqlFiles.load("query/submission/reference-units.sql")).query((rs, n) ->
                data.unitsByCode.computeIfAbsent(rs.getString("code"), c -> new java.util.ArrayList<>())
                        .add(new UnitInfo(rs.getInt("unit_key"), rs.getString("code"), rs.getString("name"),
                                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))).list();
        jdbc.sql(SqlFiles.load("query/submission/reference-tasks.sql")).query((rs, n) ->
                data.tasks.computeIfAbsent(rs.getInt("plan_key"), p -> new HashMap<>()).put(rs.getString("code"),
                        new TaskInfo(rs.getInt("task_key"), rs.getInt("plan_key"), rs.getString("code"), rs.getInt("number")))).list();
        jdbc.sql(SqlFiles.load("query/submission/reference-indicators.sql")).query((rs, n) ->
                data.indicators.computeIfAbsent(rs.getInt("plan_key"), p -> new HashMap<>()).put(rs.getString("code"),
                        new IndicatorInfo(rs.getInt("indicator_key"), rs.getInt("plan_key"), rs.getString("code")))).list();
        jdbc.sql(SqlFiles.load("query/submission/reference-task-units.sql")).query((rs, n) ->
                data.taskRoles.computeIfAbsent(rs.getInt("unit_key"), u -> new HashMap<>())
                        .put(rs.getInt("task_key"), rs.getString("role"))).list();
        jdbc.sql(SqlFiles.load("query/submission/reference-indicator-units.sql")).query((rs, n) ->
                data.indicatorsByUnit.computeIfAbsent(rs.getInt("unit_key"), u -> new java.util.HashSet<>())
                        .add(rs.getInt("indicator_key"))).list();
        jdbc.sql(SqlFiles.load("query/submission/reference-due-dates.sql")).query((rs, n) ->
                data.dueDates.computeIfAbsent(rs.getInt("plan_key"), p -> new HashMap<>())
                        .put(rs.getInt("month_key"), rs.getObject("report_due_date", LocalDate.class))).list();
        return data;
    }

    Optional<PlanInfo> plan(String code) {
        return Optional.ofNullable(plans.get(code));
    }

    /** The unit with this code that exists during the month (codes are reused after mergers). */
    Optional<UnitInfo> unit(String code, YearMonth month) {
        return unitsByCode.getOrDefault(code, List.of()).stream().filter(u -> u.validIn(month)).findFirst();
    }

    boolean isUnitCode(String code) {
        return unitsByCode.containsKey(code);
    }

    Optional<TaskInfo> task(int planKey, String code) {
        return Optional.ofNullable(tasks.getOrDefault(planKey, Map.of()).get(code));
    }

    Optional<IndicatorInfo> indicator(int planKey, String code) {
        return Optional.ofNullable(indicators.getOrDefault(planKey, Map.of()).get(code));
    }

    /** The unit's role on the task ("lead" or "cooperating"), empty when the task is not assigned to it. */
    Optional<String> role(int unitKey, int taskKey) {
        return Optional.ofNullable(taskRoles.getOrDefault(unitKey, Map.of()).get(taskKey));
    }

    boolean reports(int unitKey, int indicatorKey) {
        return indicatorsByUnit.getOrDefault(unitKey, java.util.Set.of()).contains(indicatorKey);
    }

    /** The plan's report due date of the month; null for a month the warehouse has no row for. */
    LocalDate dueDate(int planKey, YearMonth month) {
        return dueDates.getOrDefault(planKey, Map.of()).get(monthKey(month));
    }

    static int monthKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
