package vn.da06.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.Da06Application;
import vn.da06.account.Accounts;
import vn.da06.account.Role;
import vn.da06.base.MonthRange;
import vn.da06.plan.PlanImporter;
import vn.da06.sample.SampleWorkbooks;
import vn.da06.support.TestPostgres;

/**
 * {@code da06 serve} as an official runs it: up, imports on its schedule, visible to an administrator in Actuator,
 * stops cleanly.
 */
class ServeFunctionalTests {

    @Test
    void serveRunsTheScheduledImportShowsItsRunsAndShutsDownCleanly() throws Exception {
        TestPostgres.Database db = TestPostgres.newDatabase();
        Path home = Files.createTempDirectory("da06-serve-");
        String[] settings = {"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--da06.home=" + home};
        try (ConfigurableApplicationContext setup = new SpringApplicationBuilder(Da06Application.class)
                .web(WebApplicationType.NONE).run(concat(settings, "--da06.cli.enabled=false"))) {
            setup.getBean(PlanImporter.class).importBundled();
            setup.getBean(Accounts.class).add("quantri", Role.ADMIN, null, "mat-khau-quan-tri");
            setup.getBean(SampleWorkbooks.class).generate("TUYPHUOC-2024", MonthRange.of(YearMonth.of(2024, 3)), 3,
                    home.resolve("inbox"));
        }

        ConfigurableApplicationContext serve = new SpringApplicationBuilder(Da06Application.class)
                .web(WebApplicationType.SERVLET)
                .run(concat(settings, "serve", "--server.port=0", "--management.server.port=0",
                        "--da06.schedule.import-cron=*/2 * * * * *"));
        JdbcClient jdbc = serve.getBean(JdbcClient.class);
        String actuator = "http://127.0.0.1:" + serve.getEnvironment().getProperty("local.management.port");
        try {
            awaitCompletedImport(jdbc);
            assertThat(get(actuator + "/actuator/health")).contains("\"status\":\"UP\"");
            assertThat(get(actuator + "/actuator/jobs")).contains("\"job\":\"importJob\"").contains("\"status\":\"COMPLETED\"");
            assertThat(Files.list(home.resolve("inbox")).flatMap(ServeFunctionalTests::files).count()).isZero();
        } finally {
            serve.close();
        }

        assertThat(serve.isActive()).isFalse();
        try (ConfigurableApplicationContext check = new SpringApplicationBuilder(Da06Application.class)
                .web(WebApplicationType.NONE).run(concat(settings, "--da06.cli.enabled=false"))) {
            assertThat(check.getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING')")
                    .query(Integer.class).single()).as("no run left unfinished by the shutdown").isZero();
        }
    }

    private static void awaitCompletedImport(JdbcClient jdbc) {
        Awaitility.await("a scheduled import completed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("""
                        SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                        WHERE i.job_name = 'importJob' AND e.status = 'COMPLETED'
                          AND EXISTS (SELECT 1 FROM fact_submission s WHERE s.job_execution_id = e.job_execution_id)""")
                        .query(Integer.class).single() > 0);
    }

    private static String get(String url) throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder().encodeToString("quantri:mat-khau-quan-tri".getBytes());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static java.util.stream.Stream<Path> files(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir) : java.util.stream.Stream.of(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
