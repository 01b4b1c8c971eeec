package vn.da06.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import vn.da06.base.SqlFiles;

/**
 * A job run in progress, seen from every process on the warehouse: a PostgreSQL session-level advisory lock named
 * by the job and a key of the run, held on a connection of its own while the run goes on. The server releases it
 * when the process dies, so a job execution that the job repository still shows as running is alive exactly when
 * its lock is held: one that is not was cut short (its process killed) and may be recovered and restarted. Unlike a
 * lock file, a crash never leaves a stale lock behind.
 */
public final class JobRunLock implements AutoCloseable {

    private final Connection connection;
    private final String job;
    private final String key;
    private final int backendPid;

    private JobRunLock(Connection connection, String job, String key) throws SQLException {
        this.connection = connection;
        this.job = job;
        this.key = key;
        try (PreparedStatement statement = connection.prepareStatement(SqlFiles.load("query/batch/backend-pid.sql"));
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            this.backendPid = rs.getInt(1);
        }
    }

    /** Takes the lock of the run, or answers empty at once when another session holds it. */
    public static Optional<JobRunLock> tryAcquire(DataSource dataSource, String job, String key) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            if (query(connection, "query/batch/run-lock-try.sql", job, key)) {
                return Optional.of(new JobRunLock(connection, job, key));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Takes the lock of the run, waiting for the session that holds it to release it; {@code onWait} runs once
     * first if it has to wait.
     */
    public static JobRunLock acquire(DataSource dataSource, String job, String key, Runnable onWait) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            if (!query(connection, "query/batch/run-lock-try.sql", job, key)) {
                onWait.run();
                query(connection, "query/batch/run-lock-wait.sql", job, key);
            }
            return new JobRunLock(connection, job, key);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The server process of the session that holds the lock: the lock is gone when that session is. */
    public int backendPid() {
        return backendPid;
    }

    /** Releases the lock. If its session is already gone, so is the lock: nothing to report. */
    @Override
    public void close() {
        try {
            query(connection, "query/batch/run-unlock.sql", job, key);
        } catch (SQLException e) {
            // the server released the lock with the session
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // a dead connection: the pool discards it
            }
        }
    }

    private static boolean query(Connection connection, String sqlFile, String job, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlFiles.load(sqlFile))) {
            statement.setString(1, job);
            statement.setString(2, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
