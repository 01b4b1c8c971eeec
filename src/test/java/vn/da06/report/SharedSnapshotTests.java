package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.da06.base.SqlFiles;
import vn.da06.support.Da06SpringTest;

/**
 * The data sheets of a report stream on a second connection while its document is filled on the first: both must
 * read one state of the warehouse, also when an import commits in between.
 */
@Da06SpringTest
class SharedSnapshotTests {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private SharedSnapshot snapshot;

    @BeforeEach
    void probeTable() {
        jdbc.sql("CREATE TABLE snapshot_probe (n integer)").update();
        jdbc.sql("INSERT INTO snapshot_probe VALUES (1)").update();
    }

    @AfterEach
    void dropProbeTable() {
        jdbc.sql("DROP TABLE snapshot_probe").update();
    }

    @Test
    void workBesideTheFillSeesWhatTheFillSeesNotWhatCommittedSince() throws Exception {
        TransactionTemplate fill = new TransactionTemplate(transactions);
        fill.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        long[] seen = fill.execute(status -> {
            long byTheFill = rows();
            commitAnotherRow();
            try {
                long beside = snapshot.start("test-beside", this::rows).join();
                return new long[] {byTheFill, beside, rows()};
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(seen).containsExactly(1, 1, 1);
        assertThat(rows()).as("a transaction begun after the commit sees it").isEqualTo(2);
    }

    @Test
    void aFailureBesideIsThrownAsItWasThrown() {
        TransactionTemplate fill = new TransactionTemplate(transactions);
        fill.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        assertThatThrownBy(() -> fill.executeWithoutResult(status -> {
            rows();
            SharedSnapshot.Beside<Void> beside = snapshot.start("test-beside", () -> {
                throw new IOException("tệp dữ liệu không ghi được");
            });
            try {
                beside.join();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).hasRootCauseInstanceOf(IOException.class).hasRootCauseMessage("tệp dữ liệu không ghi được");
    }

    @Test
    void workBesideTheFillBuildsItsOwnPeriodTaskTableWhichEndsWithTheFill() throws Exception {
        TransactionTemplate fill = new TransactionTemplate(transactions);
        fill.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        boolean[] built = fill.execute(status -> {
            rows();
            try {
                boolean beside = snapshot.start("test-beside", () -> {
                    jdbc.sql(SqlFiles.load("report/period-tasks-create.sql")).update();
                    return periodTasksExist();
                }).join();
                return new boolean[] {beside, periodTasksExist()};
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(built).as("built beside (a read-only transaction refuses it); not seen by the fill's connection")
                .containsExactly(true, false);
    }

    private boolean periodTasksExist() {
        return jdbc.sql(SqlFiles.load("report/period-tasks-exist.sql")).query(Boolean.class).single();
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM snapshot_probe").query(Long.class).single();
    }

    /** As an import would: on a connection of its own, committed at once. */
    private void commitAnotherRow() {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(true);
            statement.executeUpdate("INSERT INTO snapshot_probe VALUES (2)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
