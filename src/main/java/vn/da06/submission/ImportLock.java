package vn.da06.submission;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

import vn.da06.base.SqlFiles;

/**
 * Only one import runs against a warehouse at a time, whichever process starts it: a PostgreSQL session-level
 * advisory lock held on its own connection for the whole run. It is released when the run ends, or by the server
 * when the process dies, so a crash never leaves a stale lock behind (unlike a lock file).
 */
final class ImportLock implements AutoCloseable {

    /** The lock's name; the server keys the lock on its hash. */
    private static final String NAME = "da06-import";

    private final Connection connection;
    private final int backendPid;

    private ImportLock(Connection connection, int backendPid) {
        this.connection = connection;
        this.backendPid = backendPid;
    }

    /** The server process of the session that holds the lock (see {@link ImportLockGuard}). */
    int backendPid() {
        return backendPid;
    }

    /** Takes the lock, waiting for a running import to finish; {@code onWait} is told once if it has to wait. */
    static ImportLock acquire(DataSource dataSource, Consumer<String> onWait) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            if (!query(connection, "query/submission/import-lock-try.sql")) {
                onWait.accept("Một lần nhập khác đang chạy; chờ nó xong rồi nhập tiếp.");
                query(connection, "query/submission/import-lock-wait.sql");
            }
            try (PreparedStatement statement = connection.prepareStatement(SqlFiles.load("query/submission/backend-pid.sql"));
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new ImportLock(connection, rs.getInt(1));
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Releases the lock. If its session is already gone, so is the lock: nothing to report. */
    @Override
    public void close() {
        try {
            query(connection, "query/submission/import-unlock.sql");
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

    /** Runs one of the lock's statements (a SQL file taking the lock's name) and returns its answer. */
    private static boolean query(Connection connection, String sqlFile) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlFiles.load(sqlFile))) {
            statement.setString(1, NAME);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
