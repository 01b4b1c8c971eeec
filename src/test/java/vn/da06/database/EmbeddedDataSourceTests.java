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
            String port = Files.readString(home.resolve("postgres/port")).trim();

            assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/da06");
            assertThat(pool.getPoolName()).isEqualTo("da06");
            assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(Path.of(jdbc.sql("SHOW data_directory").query(String.class).single()).toRealPath())
                    .isEqualTo(home.resolve("postgres/data").toRealPath());
            assertThat(jdbc.sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single()).isZero();
        }
    }
}
