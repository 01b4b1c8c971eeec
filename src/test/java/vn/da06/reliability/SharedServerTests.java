package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

import vn.da06.database.EmbeddedServer;
import vn.da06.support.ChildDa06;
import vn.da06.support.EmptyWarehouse;

/**
 * Several da06 commands at once on one home and its embedded server, each in a process of its own, as an operator
 * runs them: whichever starts the server, none stops it while another uses it, and every command completes. (Before,
 * the first process owned the server and took it down under the others when it ended.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedServerTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    private Path home;
    private Path samples;
    private long sampleFiles;

    /** A home with the bundled plan and two months of units' workbooks, signed with its key, kept aside. */
    @BeforeAll
    void prepareHome() throws IOException {
        home = Files.createTempDirectory("da06-shared-");
        samples = home.resolve("samples");
        run(da06(), "plan", "import");
        Path password = Files.writeString(home.resolve("admin.password"), "mat-khau-quan-tri-dai\n");
        run(da06(), "user", "add", "quantri", "--role", "admin", "--password-file", password.toString());
        run(da06(), "sample", "--month", "2024-01..2024-02", "--out", samples.toString());
        try (Stream<Path> files = Files.walk(samples)) {
            sampleFiles = files.filter(Files::isRegularFile).count();
        }
        assertThat(sampleFiles).isGreaterThan(40);
    }

    @AfterAll
    void removeHome() throws IOException {
        new EmbeddedServer(home).release();
        FileSystemUtils.deleteRecursively(home);
    }

    /** No submission recorded; the samples in the inbox; the server stopped, as nothing uses it. */
    @BeforeEach
    void freshInbox() throws IOException, SQLException {
        try (EmbeddedServer.Lease lease = new EmbeddedServer(home).lease(notice -> { });
             Connection c = connect(lease.port())) {
            EmptyWarehouse.truncate(JdbcClient.create(new SingleConnectionDataSource(c, true)));
        }
        for (String folder : List.of("inbox", "archive", "rejected", "held", "reports")) {
            FileSystemUtils.deleteRecursively(home.resolve(folder));
        }
        FileSystemUtils.copyRecursively(samples, home.resolve("inbox"));
        assertThat(home.resolve("postgres/data/postmaster.pid")).as("the test's own lease stopped the server").doesNotExist();
    }

    @Test
    void twoImportsStartedTogetherBothComplete() throws Exception {
        ChildDa06.Running first = da06().start("import");
        ChildDa06.Running second = da06().start("import");

        assertCompleted(first.await(TIMEOUT));
        assertCompleted(second.await(TIMEOUT));
        assertEveryFileLoadedOnce();
    }

    @Test
    void anImportAReportAndAStatusTogetherAllComplete() throws Exception {
        ChildDa06.Running imports = da06().start("import");
        ChildDa06.Running report = da06().start("report", "monthly", "--period", "2024-01", "--allow-empty");
        ChildDa06.Running status = da06().start("status", "--month", "2024-01");

        assertCompleted(imports.await(TIMEOUT));
        ChildDa06.Result reported = report.await(TIMEOUT);
        assertCompleted(reported);
        assertCompleted(status.await(TIMEOUT));
        // Besides the three files, the report may say that it waited for another command to start the server.
        assertThat(reported.out().lines().filter(line -> line.startsWith("/")))
                .hasSize(3).allSatisfy(file -> assertThat(Path.of(file)).isNotEmptyFile());
        assertThat(reported.out().lines().filter(line -> !line.startsWith("/")))
                .allSatisfy(line -> assertThat(line).startsWith("Đang chờ một lệnh da06 khác"));
        assertEveryFileLoadedOnce();
        try (EmbeddedServer.Lease lease = new EmbeddedServer(home).lease(notice -> { });
             Connection c = connect(lease.port())) {
            assertThat(JdbcClient.create(new SingleConnectionDataSource(c, true))
                    .sql("SELECT status FROM batch_job_execution WHERE status <> 'COMPLETED'").query(String.class).list())
                    .as("job runs left unfinished").isEmpty();
        }
    }

    @Test
    void anImportWhileServeRunsLeavesServeItsDatabase() throws Exception {
        ChildDa06.Running serve = da06().setting("server.port", "0").setting("management.server.port", "0")
                .setting("da06.schedule.import-cron", "*/2 * * * * *").start("serve");
        try {
            awaitOutput(serve, "da06 đang chạy thường trực");
            long postmaster = postmasterPid();

            assertCompleted(da06().run(TIMEOUT, "import"));

            assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).as("the server serve uses, still up")
                    .isPresent();
            assertThat(postmasterPid()).isEqualTo(postmaster);
            // serve's own schedule keeps importing on the same server, after the manual import ended.
            try (Connection c = connect(port())) {
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
                long before = completedImports(jdbc);
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (completedImports(jdbc) <= before) {
                    assertThat(serve.process().isAlive()).as(serve.output()).isTrue();
                    assertThat(System.nanoTime()).as("serve imported again").isLessThan(deadline);
                    Thread.sleep(200);
                }
            }
        } finally {
            serve.process().destroy(); // SIGTERM: serve ends its running job, then exits
            serve.await(TIMEOUT);
        }
        assertEveryFileLoadedOnce();
        assertThat(home.resolve("postgres/data/postmaster.pid")).as("stopped by serve, its last user").doesNotExist();
    }

    private static long completedImports(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                WHERE i.job_name = 'importJob' AND e.status = 'COMPLETED'""").query(Long.class).single();
    }

    private void assertEveryFileLoadedOnce() throws IOException, SQLException {
        try (EmbeddedServer.Lease lease = new EmbeddedServer(home).lease(notice -> { });
             Connection c = connect(lease.port())) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
            assertThat(jdbc.sql("SELECT count(*) FROM fact_submission").query(Long.class).single()).isEqualTo(sampleFiles);
            assertThat(jdbc.sql("SELECT count(DISTINCT (inbox_folder, file_name)) FROM fact_submission").query(Long.class).single())
                    .isEqualTo(sampleFiles);
        }
        try (Stream<Path> left = Files.walk(home.resolve("inbox"))) {
            assertThat(left.filter(Files::isRegularFile)).as("left in the inbox").isEmpty();
        }
    }

    private static void assertCompleted(ChildDa06.Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.err()).doesNotContain("Lỗi");
    }

    private ChildDa06 da06() {
        return ChildDa06.embedded(home);
    }

    private void run(ChildDa06 child, String... args) {
        assertCompleted(child.run(TIMEOUT, args));
    }

    private Connection connect(int port) throws IOException, SQLException {
        Properties login = new Properties();
        login.setProperty("user", "da06");
        login.setProperty("password", Files.readString(home.resolve("postgres/da06.password")).strip());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/da06", login);
    }

    private int port() throws IOException {
        return Integer.parseInt(Files.readAllLines(home.resolve("postgres/data/postmaster.pid")).get(3).strip());
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(home.resolve("postgres/data/postmaster.pid")).get(0).strip());
    }

    private static void awaitOutput(ChildDa06.Running child, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!child.output().contains(text)) {
            assertThat(child.process().isAlive()).as("still running, waiting for \"" + text + "\":\n" + child.output()).isTrue();
            assertThat(System.nanoTime()).as("\"" + text + "\" in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
