package vn.da06.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/** Runs the report queries of sql/report/ for one request; every figure of a report comes from here. */
@Component
class ReportQueries {

    private static final Logger log = LoggerFactory.getLogger(ReportQueries.class);

    /**
     * Tables each kind of report prints (query file names; "difficulties" and "proposals" read unit-quotes.sql,
     * "difficulty-themes" and "proposal-themes" quote-themes.sql).
     */
    private static final List<String> EVERY_REPORT = List.of("indicators", "task-groups", "overdue-tasks",
            "tasks-due-next", "unit-reporting", "rejected-submissions", "difficulties", "proposals", "merger-comparison");
    private static final List<String> REVIEW = List.of("directives", "indicator-units", "difficulty-themes",
            "proposal-themes");
    /**
     * Tables that read report_period_task (sql/report/period-tasks-create.sql), which each connection builds before
     * the first of them it runs. A review's task table comes last, where the second connection, which has built the
     * table for the task sheet, takes its first document query ({@link DocumentQueries#runFromTheEnd()}).
     */
    private static final String TASKS = "tasks";
    private static final List<String> READ_PERIOD_TASKS = List.of(TASKS, "task-data");
    private static final Map<ReportKind, List<String>> BY_KIND = Map.of(
            ReportKind.MONTHLY, List.of("task-changes", "unit-submissions", "monthly-tasks"),
            ReportKind.HALF_YEAR, List.of("forecast"),
            ReportKind.ANNUAL, List.of("unit-ranking", "indicator-trend"));

    /** {@code listed} of a report that lists every unit. */
    static final int ALL_UNITS = Integer.MAX_VALUE;
    /**
     * How many units a rolled-up report names beside each difficulty or proposal it quotes (each with its tasks and
     * months): the sentence matters, not the list of the hundreds of communes that wrote it.
     */
    private static final int QUOTED_UNITS = 3;

    /** Rows fetched at a time by the data sheet queries, which stream (inside the fill step's transaction). */
    private static final int STREAM_FETCH_SIZE = 2_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    ReportQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    /** The plan's header data; fails plainly when the period lies outside the plan. */
    Map<String, Object> plan(String planCode, ReportPeriod period) {
        Map<String, Object> plan = jdbc.sql(SqlFiles.load("report/plan.sql")).param("plan", planCode).query().singleRow();
        LocalDate startsOn = ((Date) plan.get("starts_on")).toLocalDate();
        LocalDate endsOn = ((Date) plan.get("ends_on")).toLocalDate();
        if (period.end().isBefore(startsOn) || period.start().isAfter(endsOn)) {
            throw new UserException("kỳ " + period.code() + " nằm ngoài kế hoạch " + planCode + " (từ "
                    + ReportPeriod.monthLabel(YearMonth.from(startsOn)) + " đến "
                    + ReportPeriod.monthLabel(YearMonth.from(endsOn)) + ").");
        }
        return plan;
    }

    /**
     * The tables and summary of a report, to be run by the fill's connections. {@code listed}: how many units a table
     * that lists units needing attention names before it counts the rest (a rolled-up report; {@link #ALL_UNITS}
     * otherwise).
     */
    DocumentQueries document(ReportRequest request, int listed) {
        Map<String, Object> parameters = parameters(request);
        parameters.put("listed", listed);
        parameters.put("quoted", listed == ALL_UNITS ? ALL_UNITS : QUOTED_UNITS);
        boolean review = request.kind() != ReportKind.MONTHLY;
        List<String> tables = new ArrayList<>(EVERY_REPORT);
        tables.addAll(review ? REVIEW : List.of());
        tables.addAll(BY_KIND.get(request.kind()));
        tables.add(DocumentQueries.SUMMARY);
        tables.addAll(review ? List.of(TASKS) : List.of());
        return new DocumentQueries(tables, table -> rows(table, parameters));
    }

    /** Streams the rows of the data sheets, headed by their queries' column names. */
    void dataSheets(ReportRequest request, boolean rollUp, DataSheetRows.Writer out) {
        Map<String, Object> parameters = parameters(request);
        for (DataSheetRows.Sheet sheet : rollUp ? DataSheetRows.ROLLED_UP_SHEETS : DataSheetRows.SHEETS) {
            long start = System.nanoTime();
            buildPeriodTasksBefore(sheet.query(), parameters);
            streaming.query(SqlFiles.load("report/" + sheet.query() + ".sql"), parameters, (ResultSet rows) -> {
                int columns = rows.getMetaData().getColumnCount();
                String[] headers = new String[columns];
                for (int c = 0; c < columns; c++) {
                    headers[c] = rows.getMetaData().getColumnLabel(c + 1);
                }
                try {
                    out.sheet(sheet.name(), headers);
                    while (rows.next()) {
                        Object[] values = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            values[c] = rows.getObject(c + 1);
                        }
                        out.row(values);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            log.debug("report data sheet {} in {} ms", sheet.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Whether any unit's workbook of the period was accepted: a report without one has nothing to say. */
    boolean hasData(String planCode, ReportPeriod period) {
        return jdbc.sql(SqlFiles.load("report/accepted-submissions.sql")).param("plan", planCode)
                .param("first_month", ReportPeriod.key(period.first())).param("last_month", ReportPeriod.key(period.last()))
                .query(Integer.class).single() > 0;
    }

    /** The report summary of a period as of a date (data cut-off, due date, units not yet reported). */
    Map<String, Object> summary(String planCode, ReportPeriod period, LocalDate reportDate) {
        return jdbc.sql(SqlFiles.load("report/summary.sql")).param("plan", planCode)
                .param("first_month", ReportPeriod.key(period.first())).param("last_month", ReportPeriod.key(period.last()))
                .param("report_date", reportDate).param("listed", ALL_UNITS).query().singleRow();
    }

    /** Runs one table's query, logging its time at debug level: the reports' SQL cost grows with the units. */
    private List<Map<String, Object>> rows(String table, Map<String, Object> parameters) {
        long start = System.nanoTime();
        List<Map<String, Object>> rows = query(table, parameters);
        log.debug("report query {}: {} rows in {} ms", table, rows.size(), (System.nanoTime() - start) / 1_000_000);
        return rows;
    }

    /**
     * Builds report_period_task on this connection, inside the fill's transaction, before the first query that reads
     * it: one pass over the period's task rows instead of one per query (a province's year is millions of rows).
     */
    private void buildPeriodTasksBefore(String query, Map<String, Object> parameters) {
        if (!READ_PERIOD_TASKS.contains(query)
                || jdbc.sql(SqlFiles.load("report/period-tasks-exist.sql")).query(Boolean.class).single()) {
            return;
        }
        long start = System.nanoTime();
        jdbc.sql(SqlFiles.load("report/period-tasks-create.sql")).update();
        int rows = jdbc.sql(SqlFiles.load("report/period-tasks-fill.sql")).params(parameters).update();
        log.debug("report period tasks: {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
    }

    private List<Map<String, Object>> query(String table, Map<String, Object> parameters) {
        buildPeriodTasksBefore(table, parameters);
        if (table.equals("difficulties") || table.equals("proposals")) {
            Map<String, Object> quote = new HashMap<>(parameters);
            quote.put("kind", table.equals("difficulties") ? "difficulty" : "proposal");
            return jdbc.sql(SqlFiles.load("report/unit-quotes.sql")).params(quote).query().listOfRows();
        }
        if (table.equals("difficulty-themes") || table.equals("proposal-themes")) {
            Map<String, Object> quote = new HashMap<>(parameters);
            quote.put("kind", table.equals("difficulty-themes") ? "difficulty" : "proposal");
            return jdbc.sql(SqlFiles.load("report/quote-themes.sql")).params(quote).query().listOfRows();
        }
        return jdbc.sql(SqlFiles.load("report/" + table + ".sql")).params(parameters).query().listOfRows();
    }

    private static Map<String, Object> parameters(ReportRequest request) {
        ReportPeriod period = request.period();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("plan", request.planCode());
        parameters.put("period_code", period.code());
        parameters.put("first_month", ReportPeriod.key(period.first()));
        parameters.put("last_month", ReportPeriod.key(period.last()));
        parameters.put("prev_first", ReportPeriod.key(period.previousFirst()));
        parameters.put("prev_last", ReportPeriod.key(period.previousLast()));
        parameters.put("next_start", period.nextStart());
        parameters.put("next_end", period.nextEnd());
        parameters.put("report_date", request.reportDate());
        parameters.put("period_label", period.label());
        parameters.put("previous_label", period.previousLabel());
        YearMonth lastYearFirst = period.first().minusYears(1);
        YearMonth lastYearLast = period.last().minusYears(1);
        parameters.put("last_year_first", ReportPeriod.key(lastYearFirst));
        parameters.put("last_year_last", ReportPeriod.key(lastYearLast));
        parameters.put("last_year_code", period.lastYearCode());
        return parameters;
    }
}
