package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.Da06Properties;
import vn.da06.plan.PlanImporter;
import vn.da06.support.ChildDa06;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.MarkerKey;

/**
 * The database fails under a running {@code da06 import} (a child JVM, chunks of three files): its sessions are
 * terminated, the session holding the import lock alone is, or a statement of it is cancelled. The run fails with a Vietnamese message, leaves no workbook half
 * loaded and rejects no file for it; the next run completes the night as if nothing had happened.
 */
@Da06SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportDatabaseFaultTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    PlanImporter plans;
    @Autowired
    ApplicationContext context;

    private Night night;

    @BeforeAll
    void runOnceUninterrupted() throws IOException {
        plans.importBundled();
        night = Night.uninterrupted(jdbc, properties, markerKey.bytes(), child());
    }

    @Test
    void sessionsTerminatedInsideTheLoadTransaction() throws Exception {
        night.prepare();
        ChildDa06.Running run = pausedAt("load#5");

        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + ChildDa06.APPLICATION_NAME + "'");
        ChildDa06.Result failed = resume(run);

        assertFailedInVietnamese(failed, "mất kết nối tới cơ sở dữ liệu");
        assertNothingHalfLoaded();
        assertTheNextRunCompletesTheNight();
    }

    @Test
    void theLockSessionTerminatedStopsTheRunSoThatNoOtherImportCanRunBesideIt() throws Exception {
        night.prepare();
        ChildDa06.Running run = pausedAt("parse#4");

        execute("""
                SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
                WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = '%s'""".formatted(ChildDa06.APPLICATION_NAME));
        ChildDa06.Result failed = resume(run);

        assertFailedInVietnamese(failed, "mất khóa nhập");
        assertNothingHalfLoaded();
        assertTheNextRunCompletesTheNight();
    }

    @Test
    void aStatementCancelledWhileLoadingFailsTheRunInsteadOfRejectingTheFile() throws Exception {
        night.prepare();
        ChildDa06.Running run = pausedAt("parse#1");
        ChildDa06.Result failed;
        try (Connection locker = dataSource.getConnection(); Statement lock = locker.createStatement()) {
            // The first workbook's indicator rows will wait for this lock: cancel the statement while it waits.
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE fact_indicator_value IN EXCLUSIVE MODE");
            Files.createFile(goFile());
            awaitChildWaitingForLock(true);
            execute("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                    + ChildDa06.APPLICATION_NAME + "' AND wait_event_type = 'Lock'");
            awaitChildWaitingForLock(false);
            locker.rollback();
            failed = run.await(ImportCrashTests.TIMEOUT);
        }

        assertThat(jdbc.sql("SELECT count(*) FROM submission_error WHERE rule = 'DATABASE_REJECTED'").query(Long.class).single())
                .as("files rejected because a statement was cancelled").isZero();
        assertFailedInVietnamese(failed, "bị hủy");
        assertNothingHalfLoaded();
        assertTheNextRunCompletesTheNight();
    }

    // ------------------------------------------------------------------ helpers

    private Path marker;

    /** Starts the import, paused at the crash point until {@link #resume} (the hook waits for "<marker>.go"). */
    private ChildDa06.Running pausedAt(String point) {
        marker = properties.home().resolve("fault-" + point.replace('#', '-') + "-" + System.nanoTime());
        ChildDa06.Running run = child().env("DA06_CRASH_POINT", point).env("DA06_CRASH_MARKER", marker.toString()).start("import");
        Night.awaitMarker(run, marker);
        return run;
    }

    private Path goFile() {
        return marker.resolveSibling(marker.getFileName() + ".go");
    }

    private ChildDa06.Result resume(ChildDa06.Running run) throws IOException {
        Files.createFile(goFile());
        return run.await(ImportCrashTests.TIMEOUT);
    }

    private void awaitChildWaitingForLock(boolean waiting) {
        Awaitility.await("the import waiting for the lock: " + waiting).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20)).until(() -> (jdbc
                        .sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = :app AND wait_event_type = 'Lock'")
                        .param("app", ChildDa06.APPLICATION_NAME).query(Long.class).single() > 0) == waiting);
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void assertFailedInVietnamese(ChildDa06.Result failed, String expected) {
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isNotZero();
        String error = failed.err().strip();
        System.out.println("The failed run said: " + error.lines().filter(l -> l.startsWith("Lỗi")).findFirst().orElse(error));
        assertThat(error).as(failed.out() + failed.err()).startsWith("Lỗi: ").contains(expected).containsIgnoringCase("chạy lại");
    }

    /** Whatever was recorded is exactly what the uninterrupted run recorded for that file: no workbook half loaded. */
    private void assertNothingHalfLoaded() {
        Map<String, String> now = linesByFile(Warehouse.content(jdbc));
        Map<String, String> complete = linesByFile(night.uninterruptedContent());
        now.forEach((file, lines) -> assertThat(lines).as(file).isEqualTo(complete.get(file)));
    }

    /** The facts and errors of each file (its submission line varies with what came after it: superseded, moved). */
    private static Map<String, String> linesByFile(String content) {
        return Arrays.stream(content.split("\n")).filter(line -> !line.isEmpty() && !line.startsWith("submission"))
                .collect(Collectors.groupingBy(line -> line.split(" \\| ")[1], TreeMap::new, Collectors.joining("\n")));
    }

    private void assertTheNextRunCompletesTheNight() throws IOException {
        ChildDa06.Result again = child().run(ImportCrashTests.TIMEOUT, "import");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        night.assertAsIfNeverInterrupted();
    }

    private ChildDa06 child() {
        return ChildDa06.like(context).setting("da06.import.chunk-size", "3");
    }
}
