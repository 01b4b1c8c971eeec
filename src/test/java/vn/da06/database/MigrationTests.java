package vn.da06.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import vn.da06.support.Da06SpringTest;
import vn.da06.support.TestApplication;
import vn.da06.support.TestPostgres;

@Da06SpringTest
class MigrationTests {

    /** The job repository's schema as the Spring Batch on the class path ships it. */
    private static final Resource BATCH_SCRIPT = new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql");

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsApplyToAnEmptyDatabaseAndAgainToAMigratedOne() {
        // The context migrated its brand-new database at start-up; a second run finds nothing to do.
        assertThat(flyway.info().applied()).extracting(m -> m.getDescription())
                .contains("star schema", "Spring batch schema", "core views");
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        flyway.validate();
        assertThat(tables()).contains("dim_plan", "dim_unit", "dim_unit_group", "dim_unit_group_member",
                "dim_task_group", "dim_task", "bridge_task_assignee", "dim_month", "dim_indicator",
                "bridge_indicator_reporter", "fact_task_progress", "fact_indicator_value", "fact_submission",
                "batch_job_instance", "batch_job_execution", "batch_step_execution");
    }

    /** Fails when a Spring Batch upgrade changes its schema and no migration brings the warehouse along. */
    @Test
    void theMigratedJobRepositoryIsTheOneTheSpringBatchOnTheClassPathCreates() {
        TestPostgres.Database reference = TestPostgres.newDatabase();
        new ResourceDatabasePopulator(BATCH_SCRIPT).execute(dataSource(reference));
        assertThat(batchSchema(jdbc)).isNotEmpty().isEqualTo(batchSchema(JdbcClient.create(dataSource(reference))));
    }

    @Test
    void aWarehouseWhoseBatchSchemaCameFromTheOldJavaMigrationStartsWithItsDataAndValidates(@TempDir Path dir)
            throws IOException {
        TestPostgres.Database db = legacyWarehouse(dir);
        JdbcClient before = JdbcClient.create(dataSource(db));
        before.sql("INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key) VALUES (1, 0, 'importJob', 'k')")
                .update();
        String markerKey = before.sql("SELECT value FROM app_secret").query(String.class).single();

        try (ConfigurableApplicationContext app = start(db, dir)) {
            Flyway migrated = app.getBean(Flyway.class);
            migrated.validate();
            assertThat(migrated.info().pending()).isEmpty();
            JdbcClient after = app.getBean(JdbcClient.class);
            assertThat(after.sql("SELECT job_name FROM batch_job_instance").query(String.class).list()).containsExactly("importJob");
            assertThat(after.sql("SELECT value FROM app_secret").query(String.class).single()).isEqualTo(markerKey);
            assertThat(after.sql("SELECT type, script FROM flyway_schema_history WHERE version = '2'").query().singleRow())
                    .isEqualTo(Map.of("type", "SQL", "script", "V2__Spring_batch_schema.sql"));
        }
    }

    @Test
    void onlyTheBatchSchemaEntryIsRepairedAnyOtherChangeStillFailsValidation(@TempDir Path dir) throws IOException {
        TestPostgres.Database db = legacyWarehouse(dir);
        JdbcClient.create(dataSource(db)).sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'").update();

        assertThatThrownBy(() -> start(db, dir).close()).hasRootCauseInstanceOf(FlywayValidateException.class)
                .rootCause().hasMessageContaining("Migration checksum mismatch for migration version 3")
                .hasMessageNotContaining("not resolved locally");
    }

    @Test
    void everyTableAndColumnOfTheStarSchemaIsCommented() {
        List<String> uncommented = jdbc.sql("""
                SELECT c.table_name || '.' || c.column_name
                FROM information_schema.columns c
                JOIN pg_class t ON t.relname = c.table_name AND t.relkind = 'r'
                JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = c.table_schema
                WHERE c.table_schema = current_schema()
                  AND c.table_name !~ '^(batch_|flyway_)'
                  AND col_description(t.oid, c.ordinal_position) IS NULL
                UNION ALL
                SELECT t.relname FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = current_schema() AND t.relkind = 'r' AND t.relname !~ '^(batch_|flyway_)'
                  AND obj_description(t.oid, 'pg_class') IS NULL""").query(String.class).list();
        assertThat(uncommented).isEmpty();
    }

    @Test
    void monthsCarryTheirHalfAndQuarter() {
        var row = jdbc.sql("SELECT half, quarter, last_day, label FROM dim_month WHERE month_key = 202406")
                .query().singleRow();
        assertThat(row).containsEntry("half", 1).containsEntry("quarter", 2)
                .containsEntry("label", "06/2024");
        assertThat(row.get("last_day").toString()).isEqualTo("2024-06-30");
    }

    private List<String> tables() {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                .query(String.class).list();
    }

    /** Tables, columns, constraints and sequences of the job repository. */
    private static List<String> batchSchema(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                       || ' ' || is_nullable || ' ' || coalesce(column_default, '')
                FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE 'batch\\_%'
                UNION ALL
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text LIKE 'batch\\_%'
                UNION ALL
                SELECT sequence_name || ' ' || maximum_value || ' ' || cycle_option
                FROM information_schema.sequences WHERE sequence_schema = current_schema() AND sequence_name LIKE 'batch\\_%'
                ORDER BY 1""").query(String.class).list();
    }

    /**
     * A database migrated as da06 did while version 2 was a Java migration: the SQL migrations up to version 4 (the
     * last before the change) and the views, with version 2 run as that Java migration.
     */
    private static TestPostgres.Database legacyWarehouse(Path dir) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("legacy-migrations"));
        for (Resource sql : new PathMatchingResourcePatternResolver().getResources("classpath:sql/migration/*.sql")) {
            if (!sql.getFilename().startsWith("V2__")) {
                try (InputStream in = sql.getInputStream()) {
                    Files.copy(in, migrations.resolve(sql.getFilename()));
                }
            }
        }
        TestPostgres.Database db = TestPostgres.newDatabase();
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("filesystem:" + migrations)
                .javaMigrations(new V2__Spring_batch_schema()).target(MigrationVersion.fromVersion("4")).load().migrate();
        assertThat(JdbcClient.create(dataSource(db)).sql("SELECT type FROM flyway_schema_history WHERE version = '2'").query(String.class).single())
                .isEqualTo("JDBC");
        return db;
    }

    private static ConfigurableApplicationContext start(TestPostgres.Database db, Path dir) {
        return TestApplication.start(dir.resolve("home"), db);
    }

    private static DataSource dataSource(TestPostgres.Database db) {
        return new DriverManagerDataSource(db.url(), db.user(), db.password());
    }

    /** The Java migration da06 ran as version 2 before it became V2__Spring_batch_schema.sql. */
    static class V2__Spring_batch_schema extends BaseJavaMigration {
        @Override
        public void migrate(Context context) {
            new ResourceDatabasePopulator(BATCH_SCRIPT).execute(new SingleConnectionDataSource(context.getConnection(), true));
        }
    }
}
