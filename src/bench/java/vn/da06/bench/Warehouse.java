package vn.da06.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What the harness does to the warehouse directly: the load floor (rows written by an import, saved with COPY TO,
 * deleted, and loaded again with COPY FROM), clean-up between phases, and cloning accepted submissions into other
 * months and plans to give the reports a full year and years of history.
 */
final class Warehouse {

    /** Fact tables in load order (the submission first: the others point at it). */
    static final List<String> TABLES = List.of("fact_submission", "submission_error", "fact_task_progress",
            "fact_indicator_value");

    private final DataSource dataSource;

    Warehouse(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows of the submissions selected by {@code where} (a condition on fact_submission), one COPY file per table. */
    long dump(String where, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                String select = table.equals("fact_submission")
                        ? "SELECT * FROM fact_submission WHERE " + where
                        : "SELECT * FROM " + table + " WHERE submission_key IN (SELECT submission_key FROM fact_submission WHERE "
                        + where + ")";
                try (OutputStream out = Files.newOutputStream(dir.resolve(table + ".copy"))) {
                    rows += copy.copyOut("COPY (" + select + ") TO STDOUT", out);
                }
            }
        }
        return rows;
    }

    /** The load floor: COPY of the dumped rows into the fact tables, one transaction, one connection. */
    long load(Path dir) throws SQLException, IOException {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                try (InputStream in = Files.newInputStream(dir.resolve(table + ".copy"))) {
                    rows += copy.copyIn("COPY " + table + " FROM STDIN", in);
                }
            }
            c.commit();
        }
        return rows;
    }

    /** Deletes the submissions selected by {@code where} and their facts, then vacuums the fact tables. */
    void delete(String where) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String keys = "(SELECT submission_key FROM fact_submission WHERE " + where + ")";
            for (String table : reversed()) {
                s.executeUpdate(table.equals("fact_submission") ? "DELETE FROM fact_submission WHERE " + where
                        : "DELETE FROM " + table + " WHERE submission_key IN " + keys);
            }
            c.commit();
            c.setAutoCommit(true);
            vacuum(s);
        }
    }

    private static List<String> reversed() {
        List<String> tables = new java.util.ArrayList<>(TABLES);
        java.util.Collections.reverse(tables);
        return tables;
    }

    /**
     * Writes dirty pages out now, so that a checkpoint does not land inside the next measured phase. da06 runs as a
     * role without superuser rights (sql/grants.sql), which PostgreSQL refuses CHECKPOINT (insufficient privilege):
     * the phase then runs without it.
     */
    void checkpoint() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    void vacuumAnalyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            vacuum(s);
        }
    }

    private static void vacuum(Statement s) throws SQLException {
        s.execute("VACUUM ANALYZE " + String.join(", ", TABLES));
    }

    /**
     * Copies the accepted submissions of {@code source} plan and month, with their facts, into every month from
     * {@code first} to {@code last} of plan {@code target} (tasks and indicators matched by code); a month that
     * already has data for a unit is skipped. Returns the number of submissions written.
     */
    long cloneMonth(String sourcePlan, int sourceMonth, String targetPlan, int first, int last) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("DROP TABLE IF EXISTS clone_map");
            s.execute("""
                    CREATE TEMP TABLE clone_map AS
                    SELECT s.submission_key AS old_key,
                           nextval(pg_get_serial_sequence('fact_submission', 'submission_key')) AS new_key,
                           (SELECT plan_key FROM dim_plan WHERE code = '%s') AS plan_key, m.month_key,
                           (m.year * 12 + m.month) - (%d / 100 * 12 + %d %% 100) AS shift
                    FROM fact_submission s
                    JOIN dim_month m ON m.month_key BETWEEN %d AND %d
                    WHERE s.plan_key = (SELECT plan_key FROM dim_plan WHERE code = '%s') AND s.month_key = %d
                      AND s.status = 'accepted'
                      AND NOT EXISTS (SELECT 1 FROM fact_submission x WHERE x.unit_key = s.unit_key
                                      AND x.month_key = m.month_key)"""
                    .formatted(targetPlan, sourceMonth, sourceMonth, first, last, sourcePlan, sourceMonth));
            long written = s.executeUpdate("""
                    INSERT INTO fact_submission (submission_key, plan_key, unit_key, month_key, inbox_folder, file_name,
                        file_hash, file_size, received_at, on_time, status, template_version, prepared_by, phone,
                        prepared_on, error_count, imported_at, job_execution_id, stored_path, moved_at)
                    SELECT c.new_key, c.plan_key, s.unit_key, c.month_key, s.inbox_folder, s.file_name,
                        md5(c.new_key::text) || md5(s.file_hash), s.file_size,
                        s.received_at + make_interval(months => c.shift), s.on_time, 'accepted', s.template_version,
                        s.prepared_by, s.phone, s.prepared_on + make_interval(months => c.shift), 0, s.imported_at,
                        NULL, s.stored_path, s.moved_at
                    FROM clone_map c JOIN fact_submission s ON s.submission_key = c.old_key""");
            s.executeUpdate("""
                    INSERT INTO fact_task_progress (submission_key, task_key, unit_key, month_key, role, status,
                        progress_pct, completed_on, result_text, difficulties, proposals, source_cell)
                    SELECT c.new_key, t2.task_key, f.unit_key, c.month_key, f.role, f.status, f.progress_pct,
                        f.completed_on + make_interval(months => c.shift), f.result_text, f.difficulties, f.proposals,
                        f.source_cell
                    FROM clone_map c JOIN fact_task_progress f ON f.submission_key = c.old_key
                    JOIN dim_task t1 ON t1.task_key = f.task_key
                    JOIN dim_task t2 ON t2.plan_key = c.plan_key AND t2.code = t1.code""");
            s.executeUpdate("""
                    INSERT INTO fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator,
                        denominator, note, source_cell, denominator_cell)
                    SELECT c.new_key, i2.indicator_key, f.unit_key, c.month_key, f.numerator, f.denominator, f.note,
                        f.source_cell, f.denominator_cell
                    FROM clone_map c JOIN fact_indicator_value f ON f.submission_key = c.old_key
                    JOIN dim_indicator i1 ON i1.indicator_key = f.indicator_key
                    JOIN dim_indicator i2 ON i2.plan_key = c.plan_key AND i2.code = i1.code""");
            c.commit();
            return written;
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
