package vn.da06.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The schema's migration at start-up, as Spring Boot runs it (everything that uses the database waits for it), but
 * with a lazy {@link Flyway}: {@link SchemaMigration} makes it only when there is something to migrate.
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, SchemaMigration migration) {
        return new FlywayMigrationInitializer(flyway, migration);
    }
}
