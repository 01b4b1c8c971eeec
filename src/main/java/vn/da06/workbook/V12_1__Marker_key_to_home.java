package vn.da06.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.Secrets;
import vn.da06.base.SqlFiles;

/**
 * Migration 10.1: copies the marker key out of the {@code app_secret} table into the home's key file
 * ({@link MarkerKey}), synced to the disk before migration 12.2 drops the table. A key file already there is kept: it
 * signed the templates this home issued (a database made anew beside it generated a key of its own, never used).
 * A Spring bean, so that it knows the home; Spring Boot hands it to Flyway.
 */
@Component
class V12_1__Marker_key_to_home extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V12_1__Marker_key_to_home.class);

    private final Path home;

    V12_1__Marker_key_to_home(Da06Properties properties) {
        this.home = properties.home();
    }

    @Override
    public void migrate(Context context) throws Exception {
        String key = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true))
                .sql(SqlFiles.load("query/workbook/marker-key.sql")).query(String.class).single();
        Path file = MarkerKey.file(home);
        if (MarkerKey.exists(home)) {
            if (!Secrets.read(file).equals(key)) {
                log.warn("The marker key in {} differs from the new database's; keeping the file's", file);
            }
            return;
        }
        Files.createDirectories(file.getParent());
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        }
        Secrets.write(file, key);
        log.info("Marker key moved from the database to {}", file);
    }
}
