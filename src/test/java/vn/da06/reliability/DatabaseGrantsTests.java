package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.da06.support.ChildDa06;
import vn.da06.support.TestPostgres;

/**
 * da06 runs as a role without superuser rights, set up as {@code sql/grants.sql} says: the script is run as the
 * administrator would run it (names made unique for the shared test server), then {@code da06 plan import} (which
 * applies the migrations) and {@code da06 import} run as that role.
 */
class DatabaseGrantsTests {

    @Test
    void da06MigratesAndImportsAsTheRoleSqlGrantsCreates() throws Exception {
        TestPostgres.Database admin = TestPostgres.newDatabase();
        String name = "da06_role_" + ProcessHandle.current().pid();
        String password = UUID.randomUUID().toString();
        String url = runGrantsScript(admin, name);
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + name + " PASSWORD '" + password + "'"); // what \password does
        }
        Path home = Files.createTempDirectory("da06-grants-home-");
        ChildDa06 da06 = new ChildDa06(home, url, name, password);

        ChildDa06.Result plan = da06.run(Duration.ofMinutes(2), "plan", "import");
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();

        SingleConnectionDataSource asRole = new SingleConnectionDataSource(url, name, password, true);
        try {
            JdbcClient jdbc = JdbcClient.create(asRole);
            assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
                    .query(Boolean.class).single()).as("da06's role has rights beyond its database").isFalse();
            assertThat(jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").query(String.class).list())
                    .containsExactly(name);
            byte[] key = Files.readString(home.resolve("secrets/marker-key")).strip().getBytes(StandardCharsets.US_ASCII);
            HostileCorpus.validWorkbook(key).write(home.resolve("data-inbox/21952/bao-cao.xlsx"), HostileCorpus.ARRIVAL);

            ChildDa06.Result imported = da06.run(Duration.ofMinutes(2), "import", "--inbox", home.resolve("data-inbox").toString());

            assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
            assertThat(jdbc.sql("SELECT status FROM fact_submission").query(String.class).single()).isEqualTo("accepted");
            assertThat(jdbc.sql("SELECT count(*) FROM fact_task_progress").query(Long.class).single()).isEqualTo(2);
        } finally {
            asRole.destroy();
        }
    }

    /**
     * Runs sql/grants.sql as psql would, with the role and database named {@code name}: statements end with a
     * semicolon at the end of a line, {@code \connect} switches database. Returns the new database's JDBC URL.
     */
    private static String runGrantsScript(TestPostgres.Database admin, String name) throws IOException, SQLException {
        String script = Files.readString(Path.of("sql/grants.sql")).replaceAll("\\bda06\\b", name);
        String serverUrl = admin.url().substring(0, admin.url().lastIndexOf('/') + 1);
        String url = admin.url();
        List<String> statement = new ArrayList<>();
        Connection connection = DriverManager.getConnection(url, admin.user(), admin.password());
        try {
            for (String line : script.split("\n")) {
                String code = line.replaceAll("--.*$", "").strip();
                if (code.startsWith("\\connect ")) {
                    connection.close();
                    url = serverUrl + code.substring("\\connect ".length()).strip();
                    connection = DriverManager.getConnection(url, admin.user(), admin.password());
                } else if (!code.isEmpty()) {
                    statement.add(code);
                    if (code.endsWith(";")) {
                        try (Statement s = connection.createStatement()) {
                            s.execute(String.join("\n", statement));
                        }
                        statement.clear();
                    }
                }
            }
            assertThat(statement).as("statements left without a semicolon").isEmpty();
        } finally {
            connection.close();
        }
        return url;
    }
}
