package vn.da06.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use: a Docker container when a Docker engine answers,
 * else an embedded server (io.zonky). {@code -Dda06.test.database=docker} or {@code =embedded} forces either.
 * A Spring test context gets its database through {@link TestDatabaseConfiguration}; a test that starts da06 itself
 * asks {@link #newDatabase()} for an empty database on the test JVM's shared server.
 */
public final class TestPostgres {

    /** The system property that forces a server: {@code docker} or {@code embedded}. */
    public static final String SELECTION = "da06.test.database";
    /** The same major version as the embedded server da06 runs. */
    private static final String IMAGE = "postgres:17-alpine";

    private TestPostgres() {
    }

    /** Whether the tests run on Docker containers (else on the embedded server). */
    public static boolean docker() {
        return Selection.DOCKER;
    }

    /** A new PostgreSQL container, for one Spring test context (which starts and stops it). */
    static PostgreSQLContainer container() {
        return new PostgreSQLContainer(IMAGE);
    }

    /** A new, empty database on the test JVM's shared server (started on first use). */
    public static Database newDatabase() {
        return Shared.SERVER.newDatabase();
    }

    /**
     * A database of its own, as connection details Spring Boot builds a pool from.
     *
     * @param url JDBC URL of the database
     */
    public record Database(String url, String user, String password) implements JdbcConnectionDetails {

        @Override
        public String getJdbcUrl() {
            return url;
        }

        @Override
        public String getUsername() {
            return user;
        }

        @Override
        public String getPassword() {
            return password;
        }
    }

    private record Server(String host, int port, String user, String password) {

        Database newDatabase() {
            String name = "da06_test_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = DriverManager.getConnection(url("postgres"), user, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name, e);
            }
            return new Database(url(name), user, password);
        }

        private String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** Decided once per test JVM, on first use. */
    private static final class Selection {
        static final boolean DOCKER = decide();

        private static boolean decide() {
            String forced = System.getProperty(SELECTION, "");
            return switch (forced) {
                case "docker" -> true;
                case "embedded" -> false;
                case "" -> dockerAnswers();
                default -> throw new IllegalStateException("-D" + SELECTION + " is docker or embedded, not " + forced);
            };
        }

        private static boolean dockerAnswers() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    /** Started once per test JVM, on first use; a container is removed by Testcontainers when the JVM ends. */
    private static final class Shared {
        static final Server SERVER = docker() ? startContainer() : startEmbedded();

        private static Server startContainer() {
            PostgreSQLContainer container = container();
            container.start();
            return new Server(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                    container.getUsername(), container.getPassword());
        }

        private static Server startEmbedded() {
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the temporary data directory goes with it
                    }
                }));
                return new Server("localhost", embedded.getPort(), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL for tests", e);
            }
        }
    }
}
