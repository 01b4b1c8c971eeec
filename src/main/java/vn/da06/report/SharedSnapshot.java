package vn.da06.report;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.da06.base.SqlFiles;

/**
 * Runs work on a second connection that sees exactly what the caller's REPEATABLE READ transaction sees (PostgreSQL's
 * exported snapshots), on a thread of its own: a report's data sheets stream from the database while its document's
 * queries run, on the two cores, and both read one state of the warehouse even while an import commits.
 */
@Component
class SharedSnapshot {

    /** What pg_export_snapshot returns (hexadecimal parts joined by "-"): checked before it is put into a statement. */
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[0-9A-F]+(-[0-9A-F]+)+");

    private final JdbcClient jdbc;
    private final TransactionTemplate sameSnapshot;

    SharedSnapshot(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sameSnapshot = new TransactionTemplate(transactions);
        sameSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // Not read-only: the work builds a temporary table of its own (report_period_task), which PostgreSQL refuses
        // in a read-only transaction; the report's queries write nothing else.
        sameSnapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Starts {@code work} beside the caller, who must be inside a REPEATABLE READ transaction and keep it open until
     * {@link Beside#join()} has returned.
     */
    <T> Beside<T> start(String threadName, Callable<T> work) {
        String snapshot = jdbc.sql(SqlFiles.load("report/export-snapshot.sql")).query(String.class).single();
        if (!SNAPSHOT_NAME.matcher(snapshot).matches()) {
            throw new IllegalStateException("unexpected snapshot name from PostgreSQL: " + snapshot);
        }
        String use = SqlFiles.load("report/import-snapshot.sql").replace(":snapshot", "'" + snapshot + "'");
        FutureTask<T> task = new FutureTask<>(() -> sameSnapshot.execute(status -> {
            jdbc.sql(use).update();
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new BesideFailure(e);
            }
        }));
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Beside<>(task);
    }

    /** Work running on the shared snapshot. */
    static final class Beside<T> {

        private final FutureTask<T> task;

        private Beside(FutureTask<T> task) {
            this.task = task;
        }

        /** Waits for the work; its failure is thrown as it was thrown. */
        T join() throws Exception {
            try {
                return task.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof BesideFailure failure ? failure.getCause() : e.getCause();
                if (cause instanceof Exception exception) {
                    throw exception;
                }
                throw (Error) cause;
            }
        }

        /** Waits for the work after the caller failed: the caller's failure is the one that counts. */
        void awaitQuietly() {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the caller's own failure is reported
            }
        }
    }

    /** Carries a checked exception of the work through the transaction template. */
    private static final class BesideFailure extends RuntimeException {
        BesideFailure(Exception cause) {
            super(cause);
        }
    }
}
