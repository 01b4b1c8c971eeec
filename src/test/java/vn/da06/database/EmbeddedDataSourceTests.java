package vn.da06.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.support.TestApplication;

/** With no database URL, da06 runs PostgreSQL under its home; Spring Boot builds the pool from application.yml. */
class EmbeddedDataSourceTests {

    @Test
    void withoutADatabaseUrlDa06RunsItsOwnServerUnderItsHomeAndBootBuildsThePool(@TempDir Path home) throws IOException {
        try (ConfigurableApplicationContext app = TestApplication.withoutDatabaseUrl(home)) {
            HikariDataSource pool = (HikariDataSource) app.getBean(DataSource.class);
            String port = Files.readAllLines(home.resolve("postgres/data/postmaster.pid")).get(3).strip();

            assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/da06");
            assertThat(pool.getUsername()).isEqualTo("da06");
            assertThat(pool.getPoolName()).isEqualTo("da06");
            assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("da06");
            assertThat(jdbc.sql("SELECT current_setting('shared_buffers')").query(String.class).single())
                    .as("a province's year of figures held in PostgreSQL's own cache").isEqualTo("1GB");
            assertThat(jdbc.sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single()).isZero();
        }
    }
}
