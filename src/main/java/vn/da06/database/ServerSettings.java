package vn.da06.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The embedded server's settings, written into its data folder before every start (so that a da06 upgrade brings its
 * settings along, and an edit by hand does not open the server up): {@code da06.conf}, included at the end of
 * {@code postgresql.conf}, and the whole of {@code pg_hba.conf}.
 */
final class ServerSettings {

    private static final String INCLUDE = "include = 'da06.conf'";

    private ServerSettings() {
    }

    static void write(Path data, int port) throws IOException {
        Files.writeString(data.resolve("da06.conf"), """
                # Written by da06 before every start of its embedded server; changes here are lost.
                # Only this machine, over TCP: no Unix socket, no other address.
                listen_addresses = '127.0.0.1'
                port = %d
                unix_socket_directories = ''
                password_encryption = 'scram-sha-256'
                # A commit da06 reports is on the disk: a power cut loses nothing it was told of.
                fsync = on
                synchronous_commit = on
                full_page_writes = on
                max_connections = 60
                # PostgreSQL's own cache, taken from the machine's memory as it fills: a province's year of figures
                # (about 1 GB of tables and indexes at 12,000 units) is read several times by each review, and read
                # through the default 128 MB it came again and again from the operating system (BENCHMARKS.md).
                shared_buffers = 1GB
                # The zone io.zonky's server ran in before da06 ran PostgreSQL itself; da06 converts times itself.
                timezone = 'UTC'
                """.formatted(port), StandardCharsets.UTF_8);
        Files.writeString(data.resolve("pg_hba.conf"), """
                # Written by da06 before every start of its embedded server; changes here are lost.
                # Password logins (SCRAM) over TCP from this machine only. No "local" line: there is no Unix socket.
                # TYPE  DATABASE  USER  ADDRESS       METHOD
                host    all       all   127.0.0.1/32  scram-sha-256
                """, StandardCharsets.UTF_8);
        Path conf = data.resolve("postgresql.conf");
        if (Files.readAllLines(conf, StandardCharsets.UTF_8).stream().noneMatch(line -> line.strip().equals(INCLUDE))) {
            Files.writeString(conf, "\n# da06's settings (see da06.conf)\n" + INCLUDE + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
    }
}
