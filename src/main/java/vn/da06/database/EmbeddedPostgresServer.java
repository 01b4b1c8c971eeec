package vn.da06.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.da06.base.UserException;

/**
 * The PostgreSQL server da06 runs by itself when no {@code spring.datasource.url} is set. Its data lives under
 * {@code <da06 home>/postgres}, so a second run sees the first run's data. The first da06 process on a home starts
 * the server and owns it; others started meanwhile (a manual import while {@code serve} runs) join it through the
 * port the owner wrote down, instead of failing on the data directory lock.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "da06";
    /** The superuser the server is initialised with; it needs no password. */
    static final String USER = "postgres";
    private static final Duration JOIN_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres owned;
    private final int port;
    private final FileChannel lockChannel;

    private EmbeddedPostgresServer(EmbeddedPostgres owned, int port, FileChannel lockChannel) {
        this.owned = owned;
        this.port = port;
        this.lockChannel = lockChannel;
    }

    static EmbeddedPostgresServer startOrJoin(Path home) {
        Path root = home.resolve("postgres");
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve("da06.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return new EmbeddedPostgresServer(null, awaitOwnerPort(root), channel);
            }
            Files.deleteIfExists(root.resolve("port"));
            Path data = root.resolve("data");
            stopOrphanedServer(data);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "60")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseIfMissing(server);
            Files.writeString(root.resolve("port"), Integer.toString(server.getPort()), StandardCharsets.US_ASCII);
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), data);
            return new EmbeddedPostgresServer(server, server.getPort(), channel);
        } catch (IOException e) {
            throw new UserException("Không khởi động được PostgreSQL nhúng trong " + root + ": " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    boolean isOwner() {
        return owned != null;
    }

    @Override
    public void close() throws IOException {
        try {
            if (owned != null) {
                owned.close();
            }
        } finally {
            lockChannel.close();
        }
    }

    /** A process that joins waits for the owner to finish starting (it writes the port file last). */
    private static int awaitOwnerPort(Path root) throws IOException {
        Path portFile = root.resolve("port");
        long deadline = System.nanoTime() + JOIN_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                String text = Files.readString(portFile, StandardCharsets.US_ASCII).trim();
                if (!text.isEmpty()) {
                    log.info("Joining the embedded PostgreSQL of another da06 process on port {}", text);
                    return Integer.parseInt(text);
                }
            }
            sleep(Duration.ofMillis(200));
        }
        throw new UserException("Một tiến trình da06 khác đang giữ cơ sở dữ liệu nhúng trong " + root
                + " nhưng chưa khởi động xong sau " + JOIN_WAIT.toSeconds() + " giây; hãy thử lại.");
    }

    /**
     * A da06 process killed outright leaves its postmaster running. Ask it to shut down (SIGTERM: smart shutdown,
     * which ends at once since its only client is gone) so that this process can start the server afresh.
     */
    private static void stopOrphanedServer(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (postmaster.isEmpty() || !postmaster.get().isAlive()
                || !postmaster.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
            return;
        }
        log.warn("Stopping a PostgreSQL server left running by an earlier da06 process (pid {})", postmaster.get().pid());
        postmaster.get().destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (postmaster.get().isAlive() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("Bị ngắt khi chờ cơ sở dữ liệu nhúng.", e);
        }
    }
}
