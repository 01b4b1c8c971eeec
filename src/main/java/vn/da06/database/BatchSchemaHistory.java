package vn.da06.database;

import java.util.Arrays;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/**
 * Migrates as Boot would, after one repair. Spring Batch's tables (version 2) were created by a Java migration that
 * ran Batch's bundled script until they became {@code V2__Spring_batch_schema.sql}, the same script. A warehouse
 * migrated before records version 2 as type JDBC without a checksum, which Flyway's validation rejects for the SQL
 * migration; that one history entry is rewritten as the SQL migration first. Nothing else in the history changes:
 * any other difference still fails validation, as it should.
 */
@Component
class BatchSchemaHistory implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(BatchSchemaHistory.class);
    private static final MigrationVersion BATCH_SCHEMA = MigrationVersion.fromVersion("2");

    @Override
    public void migrate(Flyway flyway) {
        adoptJavaMigrationEntry(flyway);
        flyway.migrate();
    }

    /** Flyway sees the two as different migrations of version 2: one applied (JDBC), one resolved (SQL). */
    private static void adoptJavaMigrationEntry(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> applied = version2(all, CoreMigrationType.JDBC, true);
        Optional<MigrationInfo> resolved = version2(all, CoreMigrationType.SQL, false);
        if (applied.isPresent() && resolved.isPresent()) {
            JdbcClient.create(flyway.getConfiguration().getDataSource())
                    .sql(SqlFiles.load("query/batch-schema-history.sql"))
                    .param("script", resolved.get().getScript())
                    .param("checksum", resolved.get().getChecksum())
                    .update();
            log.info("Schema history: version 2 (Spring Batch's tables) now recorded as {}", resolved.get().getScript());
        }
    }

    private static Optional<MigrationInfo> version2(MigrationInfo[] migrations, CoreMigrationType type, boolean applied) {
        return Arrays.stream(migrations)
                .filter(m -> BATCH_SCHEMA.equals(m.getVersion()) && m.getType() == type && m.getState().isApplied() == applied)
                .findFirst();
    }
}
