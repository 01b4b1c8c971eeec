package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.account.Accounts;
import vn.da06.account.Role;
import vn.da06.base.Da06Properties;
import vn.da06.plan.PlanImporter;
import vn.da06.support.ChildDa06;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.MarkerKey;

/**
 * Two {@code da06 import} processes on the same inbox at once, or a manual import while {@code da06 serve} imports on
 * its schedule: every file is loaded once, as by a single run.
 */
@Da06SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportConcurrencyTests {

    private static final String WAITING = "Một lần nhập khác đang chạy";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    PlanImporter plans;
    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;

    private Night night;

    @BeforeAll
    void runOnceUninterrupted() throws IOException {
        plans.importBundled();
        night = Night.uninterrupted(jdbc, properties, markerKey.bytes(), child());
    }

    @Test
    void twoImportsStartedTogetherLoadEveryFileOnce() throws IOException {
        night.prepare();

        ChildDa06.Running first = child().start("import");
        ChildDa06.Running second = child().start("import");
        ChildDa06.Result one = first.await(ImportCrashTests.TIMEOUT);
        ChildDa06.Result two = second.await(ImportCrashTests.TIMEOUT);

        assertThat(one.exitCode()).as(one.out() + one.err()).isZero();
        assertThat(two.exitCode()).as(two.out() + two.err()).isZero();
        night.assertAsIfNeverInterrupted();
    }

    @Test
    void anImportStartedDuringAnotherWaitsForItThenFindsNothingLeft() throws IOException {
        night.prepare();
        Path marker = properties.home().resolve("concurrent-" + System.nanoTime());
        ChildDa06.Running first = child().env("DA06_CRASH_POINT", "load#2").env("DA06_CRASH_MARKER", marker.toString())
                .start("import");
        Night.awaitMarker(first, marker);

        ChildDa06.Running second = child().start("import");
        awaitOutput(second, WAITING);
        Files.createFile(marker.resolveSibling(marker.getFileName() + ".go"));
        ChildDa06.Result one = first.await(ImportCrashTests.TIMEOUT);
        ChildDa06.Result two = second.await(ImportCrashTests.TIMEOUT);

        assertThat(one.exitCode()).as(one.out() + one.err()).isZero();
        assertThat(one.out()).contains("Đã xử lý " + night.entries() + " tệp");
        assertThat(two.exitCode()).as(two.out() + two.err()).isZero();
        assertThat(two.out()).contains(WAITING).contains("Đã xử lý 0 tệp");
        night.assertAsIfNeverInterrupted();
    }

    @Test
    void anImportWaitingForAKilledOneTakesOverItsRun() throws IOException {
        night.prepare();
        Path marker = properties.home().resolve("concurrent-" + System.nanoTime());
        ChildDa06.Running first = child().env("DA06_CRASH_POINT", "commit#2").env("DA06_CRASH_MARKER", marker.toString())
                .start("import");
        Night.awaitMarker(first, marker);
        long firstInstance = night.lastJobInstance();

        ChildDa06.Running second = child().start("import");
        awaitOutput(second, WAITING);
        first.kill();
        ChildDa06.Result two = second.await(ImportCrashTests.TIMEOUT);

        assertThat(two.exitCode()).as(two.out() + two.err()).isZero();
        assertThat(night.lastJobInstance()).as("the waiting import continued the killed one's run").isEqualTo(firstInstance);
        night.assertAsIfNeverInterrupted();
    }

    @Test
    void aManualImportWhileServeImportsOnItsScheduleLoadsEveryFileOnce() throws IOException, InterruptedException {
        night.prepare();
        if (!accounts.hasActiveAdmin()) {
            accounts.add("quantri", Role.ADMIN, null, "mat-khau-quan-tri"); // serve refuses to start without one
        }
        ChildDa06.Running serve = child().setting("server.port", "0").setting("da06.schedule.import-cron", "*/2 * * * * *")
                .start("serve");
        try {
            awaitOutput(serve, "da06 đang chạy thường trực");
            ChildDa06.Result manual = child().run(ImportCrashTests.TIMEOUT, "import");
            assertThat(manual.exitCode()).as(manual.out() + manual.err()).isZero();
            Awaitility.await("serve's import finished").atMost(Duration.ofMinutes(1)).until(() -> jdbc
                    .sql("SELECT count(*) FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED')")
                    .query(Long.class).single() == 0);
        } finally {
            serve.process().destroy(); // SIGTERM: serve lets a running import finish, then exits
            serve.await(ImportCrashTests.TIMEOUT);
        }
        night.assertAsIfNeverInterrupted();
    }

    private static void awaitOutput(ChildDa06.Running child, String text) {
        child.awaitWhileRunning("\"" + text + "\" in its output", Duration.ofMinutes(2), () -> child.output().contains(text));
    }

    private ChildDa06 child() {
        return ChildDa06.like(context).setting("da06.import.chunk-size", "3");
    }
}
