package vn.da06.support;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContext;

import vn.da06.base.Da06Properties;

/**
 * A da06 command run as an operator runs it: in a process of its own (a child JVM on the test's class path), on a
 * given database and da06 home, so that a test can give it a small heap, run two at once, or kill it outright.
 * What it prints goes to files under {@code <home>/child-logs/}; its log to {@code <home>/logs/da06.log} as usual.
 */
public final class ChildDa06 {

    /** What a finished child printed and its exit code. */
    public record Result(int exitCode, String out, String err) {
    }

    /** A running child. */
    public record Running(Process process, Path out, Path err) {

        /** Waits for it to end and returns what it printed. */
        public Result await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("da06 child process did not end within " + timeout + "; it printed:\n"
                            + read(out) + read(err));
                }
                return new Result(process.exitValue(), read(out), read(err));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Waits, while it runs, until the condition holds; fails with what it printed if it ends first or the time
         * runs out (it is then killed).
         */
        public void awaitWhileRunning(String what, Duration timeout, Callable<Boolean> condition) {
            try {
                Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(20))
                        .failFast(() -> !process.isAlive()).until(condition);
            } catch (TerminalFailureException e) {
                throw new AssertionError("da06 child process ended before " + what + "; it printed:\n" + output(), e);
            } catch (ConditionTimeoutException e) {
                kill();
                throw new AssertionError(what + ": not within " + timeout + "; da06 child process printed:\n" + output(), e);
            }
        }

        /** kill -9: the JVM gets no chance to run anything more (no shutdown hooks, no rollback of its own). */
        public void kill() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public String output() {
            return read(out) + read(err);
        }
    }

    /** The application name the child's database sessions carry (to find them in {@code pg_stat_activity}). */
    public static final String APPLICATION_NAME = "da06-child";

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Path home;
    private final String url;
    private final String user;
    private final String password;
    private final List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> wrapper = new ArrayList<>();

    /** A child on the same database and home as the test's application context. */
    public static ChildDa06 like(ApplicationContext context) {
        JdbcConnectionDetails database = context.getBean(JdbcConnectionDetails.class);
        return new ChildDa06(context.getBean(Da06Properties.class).home(), database.getJdbcUrl(), database.getUsername(),
                database.getPassword());
    }

    /** A child with no database settings: it runs (or shares) the embedded server of {@code home}. */
    public static ChildDa06 embedded(Path home) {
        return new ChildDa06(home, null, null, null);
    }

    public ChildDa06(Path home, String url, String user, String password) {
        this.home = home;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A JVM option such as {@code -Xmx256m}. */
    public ChildDa06 jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public ChildDa06 env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** A command the child runs under, e.g. {@code unshare ...} to give it a file system of its own. */
    public ChildDa06 wrappedIn(String... command) {
        wrapper.addAll(List.of(command));
        return this;
    }

    /** A Spring setting such as {@code da06.import.chunk-size}. */
    public ChildDa06 setting(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /** Runs {@code da06 <args>} to its end. */
    public Result run(Duration timeout, String... args) {
        return start(args).await(timeout);
    }

    /** Starts {@code da06 <args>} and returns at once. */
    public Running start(String... args) {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dda06.home=" + home);
        if (url != null) {
            command.add("-Dspring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + APPLICATION_NAME);
            command.add("-Dspring.datasource.username=" + user);
        }
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.da06.Da06Application");
        command.addAll(List.of(args));
        try {
            Path logs = Files.createDirectories(home.resolve("child-logs"));
            int run = RUNS.incrementAndGet();
            Path out = logs.resolve(run + ".out");
            Path err = logs.resolve(run + ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("DA06_"));
            // The password goes through the environment, never the command line (visible in ps).
            if (url != null) {
                builder.environment().put("SPRING_DATASOURCE_PASSWORD", password == null ? "" : password);
            }
            builder.environment().putAll(environment);
            return new Running(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A prefix that runs the child in a mount namespace of its own (as the namespace's root), where {@code mount}
     * prepares {@code folder} (as {@code $0}): a read-only or a full file system for the child alone. Skips the test where user namespaces
     * are not allowed.
     */
    public static String[] inOwnFileSystem(String mount, Path folder) {
        assumeThat(unshareWorks()).as("unshare -rm (user and mount namespaces) is allowed here").isTrue();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new String[] {"unshare", "-rm", "sh", "-c", mount + " && exec \"$@\"", folder.toString()};
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
