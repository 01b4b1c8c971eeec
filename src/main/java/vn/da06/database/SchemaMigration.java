package vn.da06.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.SqlFiles;

/**
 * Brings the schema up to date at start-up, then checks that the database is this home's warehouse
 * ({@link WarehouseIdentity}). Flyway runs only when the migrations differ from the ones last applied in full (their
 * fingerprint is kept in the {@code warehouse} table): it would only find nothing to do, and loading it, scanning its
 * locations and validating every applied migration is most of a quick command's start. The {@link Flyway} it gets is
 * a lazy proxy ({@link SchemaConfiguration}), made only if it is used.
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final Da06Properties folders;
    private final FlywayProperties flywayProperties;
    private final ObjectProvider<JavaMigration> javaMigrations;

    SchemaMigration(DataSource dataSource, Da06Properties folders, FlywayProperties flywayProperties,
                    ObjectProvider<JavaMigration> javaMigrations) {
        this.dataSource = dataSource;
        this.folders = folders;
        this.flywayProperties = flywayProperties;
        this.javaMigrations = javaMigrations;
    }

    @Override
    public void migrate(Flyway flyway) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        boolean created = !jdbc.sql(SqlFiles.load("query/database/schema-history-exists.sql")).query(Boolean.class).single();
        WarehouseIdentity.beforeMigrating(folders, created);
        String fingerprint = fingerprint();
        if (created || !fingerprint.equals(appliedFingerprint(jdbc))) {
            BatchSchemaHistory.adoptJavaMigrationEntry(flyway);
            flyway.migrate();
            jdbc.sql(SqlFiles.load("query/database/set-migrations-fingerprint.sql")).param("fingerprint", fingerprint).update();
            log.info("Schema migrated (migrations {})", fingerprint.substring(0, 12));
        }
        WarehouseIdentity.verify(jdbc, folders);
    }

    private static String appliedFingerprint(JdbcClient jdbc) {
        if (!jdbc.sql(SqlFiles.load("query/database/warehouse-exists.sql")).query(Boolean.class).single()) {
            return "";
        }
        Object applied = jdbc.sql(SqlFiles.load("query/database/warehouse.sql")).query().singleRow().get("migrations_fingerprint");
        return applied == null ? "" : applied.toString();
    }

    /** SHA-256 of the SQL migrations (names and contents) and the Java migrations' names. */
    private String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String location : flywayProperties.getLocations()) {
                Resource[] files = resolver.getResources(location.replaceFirst("/$", "") + "/**/*.sql");
                Arrays.sort(files, Comparator.comparing(Resource::getFilename));
                for (Resource file : files) {
                    digest.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = file.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            javaMigrations.orderedStream().map(m -> m.getClass().getName()).sorted()
                    .forEach(name -> digest.update(name.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
