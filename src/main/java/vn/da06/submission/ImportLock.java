package vn.da06.submission;

import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

import vn.da06.batch.JobRunLock;

/**
 * Only one import runs against a warehouse at a time, whichever process starts it: the import job's
 * {@link JobRunLock}, one for the whole warehouse, held for the whole run.
 */
final class ImportLock {

    private ImportLock() {
    }

    /** Takes the lock, waiting for a running import to finish; {@code onWait} is told once if it has to wait. */
    static JobRunLock acquire(DataSource dataSource, Consumer<String> onWait) throws SQLException {
        return JobRunLock.acquire(dataSource, ImportJobConfiguration.JOB_NAME, "warehouse",
                () -> onWait.accept("Một lần nhập khác đang chạy; chờ nó xong rồi nhập tiếp."));
    }
}
