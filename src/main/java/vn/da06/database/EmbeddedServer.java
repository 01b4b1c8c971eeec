package vn.da06.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.da06.base.Secrets;
import vn.da06.base.UserException;

/**
 * The PostgreSQL server da06 runs itself under {@code <home>/postgres} when no {@code spring.datasource.url} is
 * set: one server per home, shared by every da06 process on it.
 *
 * <p><b>Shared.</b> The server runs detached ({@code pg_ctl} makes it a session of its own): no command's exit, Ctrl+C
 * or crash takes it down under another. Each process that uses it holds a {@link Lease}: a shared lock on
 * {@code users.lock}, which the operating system releases when the process ends, however it ends. Starting and
 * stopping happen under {@code control.lock}. A process that ends stops the server if no other holds a lease
 * (it takes {@code users.lock} exclusively) unless an operator asked it to stay up ({@code da06 db start}); a server
 * left by a process that was killed is used by the next one, and stopped by the last.
 *
 * <p><b>Locked down.</b> It listens on 127.0.0.1 only, with no Unix socket, and accepts password logins only
 * ({@code scram-sha-256}; never {@code trust}, not even right after {@code initdb}). da06 connects as {@code da06}, the
 * role {@code sql/grants.sql} creates, which owns the database and nothing more; the passwords of both roles are
 * generated and kept in files only the home's owner can read.
 *
 * <p><b>Durable.</b> {@code fsync} and {@code synchronous_commit} on: a commit da06 was told of survives a power cut.
 */
public final class EmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** The database and the role da06 uses, as {@code sql/grants.sql} names them. */
    static final String DATABASE = "da06";
    static final String ROLE = "da06";
    private static final String SUPERUSER = "postgres";
    private static final int PASSWORD_BYTES = 24;
    /** The password of the role da06 connects as (written last when the server is created: its presence says so). */
    private static final String ROLE_PASSWORD = "da06.password";
    /** The superuser's password, for an administrator: da06 needs it only to create the server. */
    private static final String SUPERUSER_PASSWORD = "postgres.password";

    private final Path root;
    private final Path data;

    public EmbeddedServer(Path home) {
        this.root = home.toAbsolutePath().normalize().resolve("postgres");
        this.data = root.resolve("data");
    }

    /** What {@code da06 db status} tells. */
    public record Status(boolean initialised, boolean running, Integer port, Long pid, boolean inUse, boolean keptRunning,
                         Path data) {
    }

    /**
     * Starts the server if it is not running (creating it on first use) and holds it for this process until the
     * lease is closed. {@code notices} hears once if another da06 process makes this one wait.
     */
    public Lease lease(Consumer<String> notices) {
        FileChannel users = null;
        try {
            prepareRoot();
            users = usersLock();
            FileLock shared = users.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                notices.accept("Đang chờ một lệnh da06 khác dừng cơ sở dữ liệu nhúng…");
                shared = users.lock(0, Long.MAX_VALUE, true);
            }
            int port;
            try (FileChannel control = control(notices)) {
                port = runningPort().orElse(-1);
                if (!Files.exists(root.resolve(ROLE_PASSWORD)) || !Files.exists(data.resolve("PG_VERSION"))) {
                    // First use, or the data folder is gone: a new, empty server (the schema's migration then
                    // refuses it if the home shows an earlier warehouse, see WarehouseIdentity).
                    port = create();
                } else if (port < 0) {
                    port = start();
                }
            }
            return new Lease(this, users, shared, port, Secrets.read(root.resolve(ROLE_PASSWORD)));
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(users);
            if (e instanceof UserException user) {
                throw user;
            }
            throw new UserException("không khởi động được cơ sở dữ liệu nhúng trong " + root + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())
                    + ". Xem thêm " + root.resolve("server.log") + ".", e);
        }
    }

    /** Keeps the server running when no command uses it, until {@link #release()}; starts it now. */
    public Lease keepRunning(Consumer<String> notices) throws IOException {
        Lease lease = lease(notices);
        Files.writeString(root.resolve("keep-running"), "da06 db start\n", StandardCharsets.US_ASCII);
        return lease;
    }

    /**
     * Lets the server stop once no command uses it, and stops it now if none does. Returns whether it is stopped.
     */
    public boolean release() throws IOException {
        if (!Files.isDirectory(root)) {
            return true;
        }
        Files.deleteIfExists(root.resolve("keep-running"));
        try (FileChannel control = control(notice -> { })) {
            return stopIfUnused();
        }
    }

    public Status status() throws IOException {
        boolean initialised = Files.exists(root.resolve(ROLE_PASSWORD));
        Optional<Integer> port = runningPort();
        Long pid = port.isPresent() ? postmasterPid().orElse(null) : null;
        boolean inUse = false;
        if (Files.isDirectory(root) && port.isPresent()) {
            try (FileChannel users = usersLock(); FileLock exclusive = users.tryLock()) {
                inUse = exclusive == null;
            }
        }
        return new Status(initialised, port.isPresent(), port.orElse(null), pid, inUse,
                Files.exists(root.resolve("keep-running")), data);
    }

    /** A process's hold on the running server, with what it connects with. */
    public static final class Lease implements AutoCloseable {

        private final EmbeddedServer server;
        private final FileChannel users;
        private final FileLock shared;
        private final int port;
        private final String password;

        private Lease(EmbeddedServer server, FileChannel users, FileLock shared, int port, String password) {
            this.server = server;
            this.users = users;
            this.shared = shared;
            this.port = port;
            this.password = password;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
        }

        public String user() {
            return ROLE;
        }

        public String password() {
            return password;
        }

        public int port() {
            return port;
        }

        /** Lets go of the server, and stops it if no other process uses it and none asked it to stay up. */
        @Override
        public void close() {
            try {
                shared.release();
                users.close();
                if (!Files.exists(server.root.resolve("keep-running"))) {
                    try (FileChannel control = server.control(notice -> { })) {
                        server.stopIfUnused();
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Could not stop the embedded PostgreSQL server in {}: {}", server.root, e.toString());
            }
        }
    }

    /** Stops the server if no process holds a lease (called under the control lock). */
    private boolean stopIfUnused() throws IOException {
        try (FileChannel users = usersLock(); FileLock exclusive = users.tryLock()) {
            if (exclusive == null) {
                return false;
            }
            if (runningPort().isPresent()) {
                binaries().run(null, "pg_ctl", "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "-s");
                log.info("Embedded PostgreSQL in {} stopped: no da06 process uses it", data);
            }
            return true;
        }
    }

    /** Shared by every process that uses the server; taken alone only to stop it. Readable: shared locks need that. */
    private FileChannel usersLock() throws IOException {
        return FileChannel.open(root.resolve("users.lock"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    /** Held while the server is created, started or stopped; closing it releases the lock. */
    private FileChannel control(Consumer<String> notices) throws IOException {
        FileChannel channel = FileChannel.open(root.resolve("control.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() == null) {
                notices.accept("Đang chờ một lệnh da06 khác khởi động xong cơ sở dữ liệu nhúng…");
                channel.lock();
            }
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * First use of the home, or a data folder from a da06 before the lock-down (superuser, {@code trust}): give the
     * superuser a password, create or adopt the role and database of {@code sql/grants.sql}, and give the role its
     * password. Each step can be run again if an earlier attempt was cut short.
     */
    private int create() throws IOException, SQLException {
        Path superuserPassword = root.resolve(SUPERUSER_PASSWORD);
        if (!Files.exists(superuserPassword)) {
            Secrets.write(superuserPassword, generatePassword());
        }
        String superuser = Secrets.read(superuserPassword);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            log.info("Creating the embedded PostgreSQL server in {}", data);
            binaries().run(null, "initdb", "-D", data.toString(), "-U", SUPERUSER, "--auth=scram-sha-256",
                    "--pwfile=" + superuserPassword, "-E", "UTF-8", "--no-instructions");
        } else {
            log.warn("Locking down the embedded PostgreSQL server in {} (password logins, role {})", data, ROLE);
            if (runningPort().isPresent()) {
                binaries().run(null, "pg_ctl", "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "-s");
            }
            // No login is possible yet: the superuser gets its password in single-user mode, which needs none.
            binaries().run(PasswordUtil.genAlterUserPasswordSQL(SUPERUSER, superuser.toCharArray(), "scram-sha-256") + "\n",
                    "postgres", "--single", "-D", data.toString(), "-c", "exit_on_error=true", SUPERUSER);
        }
        int port = start();
        try (Connection admin = connect(port, "postgres", SUPERUSER, superuser)) {
            GrantsScript.run(admin, database -> connect(port, database, SUPERUSER, superuser));
        }
        String password = generatePassword();
        try (Connection admin = connect(port, "postgres", SUPERUSER, superuser)) {
            admin.unwrap(PGConnection.class).alterUserPassword(ROLE, password.toCharArray(), "scram-sha-256");
        }
        Secrets.write(root.resolve(ROLE_PASSWORD), password);
        return port;
    }

    /** Starts the server on a free port of 127.0.0.1, with da06's settings and logins. */
    private int start() throws IOException {
        int port = freePort();
        ServerSettings.write(data, port);
        binaries().run(null, "pg_ctl", "start", "-D", data.toString(), "-l", root.resolve("server.log").toString(),
                "-w", "-t", "60", "-s");
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", port, data);
        return runningPort().orElseThrow(() -> new IOException("the server did not start; see " + root.resolve("server.log")));
    }

    private PostgresBinaries binaries() throws IOException {
        return PostgresBinaries.unpackedUnder(root.resolve("binaries"));
    }

    /** The port of the server running on the data folder, read from its {@code postmaster.pid} once it is ready. */
    private Optional<Integer> runningPort() throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.size() < 8 || !lines.get(7).strip().equals("ready") || postmasterPid().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(lines.get(3).strip()));
    }

    /** The postmaster's process id, when it is alive. */
    private Optional<Long> postmasterPid() throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> pid);
    }

    private void prepareRoot() throws IOException {
        Files.createDirectories(root);
        if (Files.getFileStore(root).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel
            }
        }
    }
}
