package vn.da06.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.support.TestApplication;
import vn.da06.workbook.MarkerKey;

/**
 * The embedded server as a hostile local user finds it: no login without the password, which only the home's owner
 * can read; only this machine, over TCP; da06's role owns its database and can do nothing beyond it, not even run a
 * program through {@code COPY … TO PROGRAM}; no table holds the key that signs templates. A data folder made by a
 * da06 from before the lock-down (superuser, {@code trust}) is locked down the same way, with its data and its key.
 */
class EmbeddedServerLockDownTests {

    @TempDir
    Path home;

    @Test
    void onlyDa06sRoleWithItsPasswordGetsInAndItCannotRunPrograms() throws Exception {
        try (ConfigurableApplicationContext app = TestApplication.withoutDatabaseUrl(home)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            int port = port();
            Path marker = home.resolve("pwned");

            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("da06");
            assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
                    .query(Boolean.class).single()).isFalse();
            assertThatThrownBy(() -> jdbc.sql("COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'").update())
                    .hasRootCauseInstanceOf(SQLException.class).rootCause()
                    .hasMessageContaining("permission denied to COPY to or from an external program");
            assertThat(marker).doesNotExist();
            for (String user : List.of("da06", "postgres")) {
                assertThatThrownBy(() -> connect(port, user, null).close()).as(user + " without a password")
                        .isInstanceOf(SQLException.class).hasMessageContaining("password");
                assertThatThrownBy(() -> connect(port, user, "da06").close()).as(user + " with a guessed password")
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            }
            try (Connection superuser = connect(port, "postgres", Files.readString(home.resolve("postgres/postgres.password")).strip());
                 Statement s = superuser.createStatement();
                 var settings = s.executeQuery("SELECT current_setting('listen_addresses'), current_setting('unix_socket_directories'),"
                         + " current_setting('synchronous_commit'), current_setting('fsync')")) {
                settings.next();
                assertThat(List.of(settings.getString(1), settings.getString(2), settings.getString(3), settings.getString(4)))
                        .containsExactly("127.0.0.1", "", "on", "on");
            }
            assertThat(jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").query(String.class).list())
                    .containsExactly("da06");
            assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'app_secret'")
                    .query(Long.class).single()).as("no table holds the marker key").isZero();
        }
        assertThat(Files.readString(home.resolve("postgres/data/pg_hba.conf")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")))
                .containsExactly("host    all       all   127.0.0.1/32  scram-sha-256");
        assertThat(permissions(home.resolve("postgres"))).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("postgres/da06.password"))).isEqualTo("rw-------");
        assertThat(permissions(home.resolve("postgres/postgres.password"))).isEqualTo("rw-------");
        assertThat(permissions(home.resolve("secrets"))).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("secrets/marker-key"))).isEqualTo("rw-------");
        assertThat(home.resolve("postgres/data/postmaster.pid")).as("the last user stopped the server").doesNotExist();
    }

    @Test
    void aDataFolderFromBeforeTheLockDownIsLockedDownWithItsDataAndKey() throws Exception {
        String key;
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(home.resolve("postgres/data"))
                .setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE da06 ENCODING 'UTF8' TEMPLATE template0");
            Flyway.configure().dataSource(old.getDatabase("postgres", "da06")).locations("classpath:sql/migration")
                    .target(MigrationVersion.fromVersion("5")).load().migrate();
            JdbcClient asSuperuser = JdbcClient.create(old.getDatabase("postgres", "da06"));
            asSuperuser.sql("INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key) VALUES (1, 0, 'importJob', 'k')")
                    .update();
            key = asSuperuser.sql("SELECT value FROM app_secret").query(String.class).single();
        }
        assertThat(Files.readString(home.resolve("postgres/data/pg_hba.conf"))).contains("trust");

        try (ConfigurableApplicationContext app = TestApplication.withoutDatabaseUrl(home)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("da06");
            assertThat(jdbc.sql("SELECT job_name FROM batch_job_instance").query(String.class).list()).containsExactly("importJob");
            assertThat(jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").query(String.class).list())
                    .containsExactly("da06");
            assertThat(new String(app.getBean(MarkerKey.class).bytes(), StandardCharsets.US_ASCII))
                    .as("templates issued before still verify").isEqualTo(key);
            assertThatThrownBy(() -> connect(port(), "postgres", null).close()).isInstanceOf(SQLException.class);
        }
        assertThat(Files.readString(home.resolve("postgres/data/pg_hba.conf"))).doesNotContain("trust");
    }

    private int port() throws IOException {
        return Integer.parseInt(Files.readAllLines(home.resolve("postgres/data/postmaster.pid")).get(3).strip());
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/da06", properties);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
