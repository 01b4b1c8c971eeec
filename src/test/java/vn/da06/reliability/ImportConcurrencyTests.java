package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.Da06Properties;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.MarkerKey;
import vn.da06.support.ChildDa06;
import vn.da06.support.Da06SpringTest;

/**
 * Two {@code da06 import} processes on the same inbox at once: every file is loaded once, as by a single run. (A
 * manual import while {@code da06 serve} runs is the same case for the import; {@code serve} does not exist yet.)
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
    Environment environment;

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

    private static void awaitOutput(ChildDa06.Running child, String text) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!child.output().contains(text)) {
            assertThat(child.process().isAlive()).as("still running, waiting for \"" + text + "\":\n" + child.output()).isTrue();
            assertThat(System.nanoTime()).as("\"" + text + "\" in time").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private ChildDa06 child() {
        return ChildDa06.like(environment).setting("da06.import.chunk-size", "3");
    }
}
