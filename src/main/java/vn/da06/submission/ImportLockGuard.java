package vn.da06.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/**
 * Whether this process still holds the import lock while its run goes on. The lock lives in a database session of
 * its own; if that session dies (terminated, dropped by the network) the server releases the lock and another import
 * could start beside this one. Each chunk checks first, in its own transaction, and fails the run if the lock is gone.
 */
@Component
class ImportLockGuard {

    private final JdbcClient jdbc;
    private volatile Integer holder;

    ImportLockGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    synchronized void held(int backendPid) {
        holder = backendPid;
    }

    synchronized void released(int backendPid) {
        if (holder != null && holder == backendPid) {
            holder = null;
        }
    }

    /** Fails when the lock was taken for this run and its session no longer holds it. */
    void check() {
        Integer pid = holder;
        if (pid == null) {
            return; // the job run on its own, as tests of the job do: nobody took the lock
        }
        boolean held = jdbc.sql(SqlFiles.load("query/submission/import-lock-held.sql"))
                .param("pid", pid).query(Boolean.class).single();
        if (!held) {
            throw new IllegalStateException("mất khóa nhập: phiên cơ sở dữ liệu giữ khóa đã bị ngắt, lần nhập dừng lại để "
                    + "không chạy cùng lúc với một lần nhập khác");
        }
    }
}
