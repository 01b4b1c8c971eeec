package vn.da06.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import vn.da06.Da06Application;
import vn.da06.account.Accounts;
import vn.da06.account.Role;
import vn.da06.support.ChildDa06;
import vn.da06.support.TestPostgres;

/** {@code da06 serve} started as an operator types it, settings first, in a process of its own. */
class ServeStartupTests {

    private static final Pattern PORTAL = Pattern.compile("Cổng web: http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern ACTUATOR = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/actuator/health");

    TestPostgres.Database db;
    Path home;

    @BeforeEach
    void database() throws Exception {
        db = TestPostgres.newDatabase();
        home = Files.createTempDirectory("da06-serve-start-");
    }

    @AfterEach
    void removeHome() {
        FileSystemUtils.deleteRecursively(home.toFile());
    }

    ChildDa06 child() {
        return new ChildDa06(home, db.url(), db.user(), db.password());
    }

    @Test
    void withoutAnAdministratorServeRefusesToStartAndSaysHowToCreateOne() {
        ChildDa06.Result result = child().run(Duration.ofMinutes(4), "--da06.home=" + home, "serve",
                "--server.port=0", "--management.server.port=0");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Lỗi: chưa có tài khoản quản trị nào")
                .contains("da06 user add <tên đăng nhập> --role admin");
    }

    @Test
    void settingsBeforeTheCommandStillServeThePortalAndActuatorOnThisMachineOnly() throws Exception {
        try (ConfigurableApplicationContext setup = new SpringApplicationBuilder(Da06Application.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(), "--da06.home=" + home, "--da06.cli.enabled=false")) {
            setup.getBean(Accounts.class).add("quantri", Role.ADMIN, null, "mat-khau-quan-tri");
        }
        ChildDa06.Running serve = child().start("--da06.home=" + home, "serve", "--server.port=0", "--management.server.port=0");
        try {
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> PORTAL.matcher(serve.output()).find() || !serve.process().isAlive());
            String output = serve.output();
            Matcher portal = PORTAL.matcher(output);
            Matcher actuator = ACTUATOR.matcher(output);
            assertThat(portal.find()).as(output).isTrue();
            assertThat(actuator.find()).as(output).isTrue();

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal.group(1) + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("Đăng nhập");
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + actuator.group(1)
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(401);
            assertThat(Files.readString(Path.of("/proc/net/tcp6"), java.nio.charset.StandardCharsets.US_ASCII)
                    + Files.readString(Path.of("/proc/net/tcp"), java.nio.charset.StandardCharsets.US_ASCII))
                    .as("both ports listen on the loopback address only")
                    .doesNotContain(listening("00000000", portal.group(1)))
                    .doesNotContain(listening("00000000000000000000000000000000", portal.group(1)))
                    .doesNotContain(listening("00000000", actuator.group(1)))
                    .doesNotContain(listening("00000000000000000000000000000000", actuator.group(1)));
        } finally {
            serve.process().destroy();
            serve.process().waitFor();
        }
    }

    /** How /proc/net/tcp writes a socket listening on an address (hex) and port. */
    private static String listening(String hexAddress, String port) {
        return hexAddress + ":" + String.format("%04X", Integer.parseInt(port)) + " ";
    }
}
