package vn.da06.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.support.Da06SpringTest;

@Da06SpringTest
class MigrationTests {

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
}
