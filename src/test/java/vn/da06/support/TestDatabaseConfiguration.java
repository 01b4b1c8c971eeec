package vn.da06.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A Spring test context's own database, as connection details Spring Boot builds the pool from (da06's embedded
 * server then stays off): with Docker, a container of the context's own through {@code @ServiceConnection}; without,
 * a new database on the test JVM's embedded server. {@link TestPostgres} decides which.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(DockerSelected.class)
    PostgreSQLContainer postgresContainer() {
        return TestPostgres.container();
    }

    @Bean
    @Conditional(EmbeddedSelected.class)
    JdbcConnectionDetails embeddedTestDatabase() {
        return TestPostgres.newDatabase();
    }

    static class DockerSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestPostgres.docker();
        }
    }

    static class EmbeddedSelected implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !TestPostgres.docker();
        }
    }
}
