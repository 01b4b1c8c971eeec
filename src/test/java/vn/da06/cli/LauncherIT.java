package vn.da06.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * target/da06, the launcher the build makes (src/build/launcher.sh): a person typing {@code da06} must get what
 * {@code java -jar target/da06.jar} gives, word for word, with nothing from the JVM's class sharing on the screen,
 * wherever the build was copied to.
 */
class LauncherIT {

    private static final Path BUILD = Path.of(System.getProperty("da06.build", "target")).toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void helpVersionAndMistakesReadAsFromTheJar() {
        for (List<String> args : List.of(List.of("--help"), List.of("--version"), List.of("plan", "show", "--help"),
                List.of("stauts"))) {
            Run fromJar = run(Map.of(), jarCommand(args));
            Run fromLauncher = run(Map.of(), launcherCommand(BUILD.resolve("da06"), args));

            assertThat(fromLauncher).as("da06 " + String.join(" ", args)).isEqualTo(fromJar);
        }
        assertThat(run(Map.of(), launcherCommand(BUILD.resolve("da06"), List.of("stauts"))).err())
                .startsWith("Lỗi: ").hasLineCount(1);
    }

    @Test
    void theClassArchiveFitsTheBuild() {
        // -Xshare:on makes the JVM refuse to start when it cannot use the archive, instead of going on without it.
        Run run = run(Map.of("DA06_JAVA_OPTS", "-Xshare:on"), launcherCommand(BUILD.resolve("da06"), List.of("--version")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("da06 ");
    }

    @Test
    void aCommandOnTheWarehouseAnswersThroughTheLauncher() {
        Path launcher = BUILD.resolve("da06");
        String home = "--da06.home=" + temp.resolve("home");

        Run load = run(Map.of(), launcherCommand(launcher, List.of(home, "plan", "import")));
        Run status = run(Map.of(), launcherCommand(launcher, List.of(home, "status", "--month", "2024-03")));

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).startsWith("Đã nạp kế hoạch TUYPHUOC-2024: 32 nhiệm vụ trong 7 nhóm");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).startsWith("Báo cáo tháng 03/2024 (kế hoạch TUYPHUOC-2024), hạn nộp 12/04/2024:")
                .contains("Chưa gửi: 28 (trên 28 đơn vị phải báo cáo)");
        assertThat(status.err()).isEmpty();
    }

    @Test
    void aCopiedBuildRunsWithoutItsArchiveAndSaysNothingOfIt() throws IOException {
        // The archive names the jars by the folder they were built in; elsewhere the JVM leaves it aside.
        Path copy = Files.createDirectories(temp.resolve("opt"));
        Files.copy(BUILD.resolve("da06"), copy.resolve("da06"));
        copyTree(BUILD.resolve("da06-app"), copy.resolve("da06-app"));

        Run fromCopy = run(Map.of(), launcherCommand(copy.resolve("da06"), List.of("--version")));

        assertThat(fromCopy).isEqualTo(run(Map.of(), jarCommand(List.of("--version"))));
    }

    private static List<String> jarCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", BUILD.resolve("da06.jar").toString()));
        command.addAll(args);
        return command;
    }

    private static List<String> launcherCommand(Path launcher, List<String> args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        return command;
    }

    private Run run(Map<String, String> environment, List<String> command) {
        try {
            Path out = Files.createTempFile(temp, "out", ".txt");
            Path err = Files.createTempFile(temp, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("no answer in 3 minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}
