package vn.da06.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.da06.base.Da06Properties;

/**
 * Resets a test warehouse between tests: no submissions, uploads or locked months; empty inbox, archive, rejected and
 * held folders (plans and accounts stay).
 */
public final class EmptyWarehouse {

    private EmptyWarehouse() {
    }

    public static void reset(JdbcClient jdbc, Da06Properties properties) throws IOException {
        truncate(jdbc);
        for (Path dir : List.of(properties.inbox(), properties.archive(), properties.rejected(), properties.held())) {
            FileSystemUtils.deleteRecursively(dir);
            Files.createDirectories(dir);
        }
    }

    /** The warehouse's records of submissions, uploads and locked months, without its folders. */
    public static void truncate(JdbcClient jdbc) {
        jdbc.sql("""
                TRUNCATE fact_task_progress, fact_indicator_value, submission_error, held_decision, fact_submission,
                         web_upload, month_lock""").update();
    }
}
