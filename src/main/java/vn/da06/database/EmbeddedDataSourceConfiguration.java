package vn.da06.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import vn.da06.base.Da06Properties;

/**
 * The default database: with no {@code spring.datasource.url}, da06 runs PostgreSQL itself under its home folder.
 * With a URL, this configuration backs off and Spring Boot connects to that server as usual.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDataSourceConfiguration.NoDataSourceUrl.class)
class EmbeddedDataSourceConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(Da06Properties properties) {
        return EmbeddedPostgresServer.startOrJoin(properties.home());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setPoolName("da06-embedded");
        dataSource.setMaximumPoolSize(10);
        // JDBC batches of facts become multi-row INSERTs: far fewer statements for the server to run.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
