package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.da06.support.ChildDa06;
import vn.da06.support.TestPostgres;

/**
 * What an operator sees when da06 cannot start: one Vietnamese "Lỗi: …" line on the error output that says what is
 * wrong and what to do, a non-zero exit code, and the details in the log file only. Help, the version and mistakes
 * on the command line are answered without starting anything: not even the home folder is touched.
 */
class StartupFailureTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** Nothing listens on port 1: connecting is refused at once. */
    private static final String NO_SERVER = "jdbc:postgresql://127.0.0.1:1/da06";

    @TempDir
    Path dir;

    @Test
    void helpVersionAndMistakesAreAnsweredWithoutStartingSpringOrTheDatabase() throws IOException {
        Path home = dir.resolve("home");
        ChildDa06 da06 = new ChildDa06(home, NO_SERVER, "da06", "x");

        ChildDa06.Result help = da06.run(TIMEOUT, "--help");
        ChildDa06.Result commandHelp = da06.run(TIMEOUT, "report", "--help");
        ChildDa06.Result version = da06.run(TIMEOUT, "--version");
        ChildDa06.Result mistake = da06.run(TIMEOUT, "template", "--month", "2024-13");
        ChildDa06.Result unknown = da06.run(TIMEOUT, "imprt");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Cách dùng: da06").contains("Các lệnh:").contains("import");
        assertThat(commandHelp.exitCode()).isZero();
        assertThat(commandHelp.out()).contains("Cách dùng: da06 report").contains("--period");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("da06 ");
        assertThat(mistake.exitCode()).isEqualTo(2);
        assertThat(oneLine(mistake)).startsWith("Lỗi: tháng \"2024-13\" không hợp lệ");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(oneLine(unknown)).startsWith("Lỗi: không hiểu tham số imprt");
        assertThat(List.of(help, commandHelp, version, mistake, unknown)).allSatisfy(run ->
                assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContain("\tat "));
        try (Stream<Path> written = Files.list(home)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .as("nothing started: no log, no database, no folder in the home").containsExactly("child-logs");
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsOneLineAndTheDetailsAreInTheLog() throws IOException {
        Path home = dir.resolve("home");

        ChildDa06.Result status = new ChildDa06(home, NO_SERVER, "da06", "x").run(TIMEOUT, "status");

        assertThat(status.exitCode()).isNotZero();
        assertThat(oneLine(status)).startsWith("Lỗi: không kết nối được cơ sở dữ liệu")
                .contains("SPRING_DATASOURCE_URL");
        assertThat(status.out()).isEmpty();
        assertThat(Files.readString(home.resolve("logs/da06.log"), StandardCharsets.UTF_8))
                .contains("Connection to 127.0.0.1:1 refused").contains("\tat ");
    }

    @Test
    void aReadOnlyHomeIsOneLine() {
        Path home = dir.resolve("home");

        ChildDa06.Result status = new ChildDa06(home, NO_SERVER, "da06", "x")
                .wrappedIn(ChildDa06.inOwnFileSystem("mount -t tmpfs -o ro tmpfs \"$0\"", home)).run(TIMEOUT, "status");

        assertThat(status.exitCode()).isNotZero();
        assertThat(oneLine(status)).startsWith("Lỗi: không ghi được vào " + home).contains("Read-only file system")
                .contains("DA06_HOME");
    }

    @Test
    void aFullDiskIsOneLine() {
        Path home = dir.resolve("home");

        ChildDa06.Result status = new ChildDa06(home, NO_SERVER, "da06", "x")
                .wrappedIn(ChildDa06.inOwnFileSystem("mount -t tmpfs -o size=64k tmpfs \"$0\" && (head -c 1000000 /dev/zero > \"$0/fill\" 2> /dev/null; true)",
                        home)).run(TIMEOUT, "status");

        assertThat(status.exitCode()).isNotZero();
        assertThat(oneLine(status)).startsWith("Lỗi: đĩa chứa thư mục " + home + " đã đầy").contains("giải phóng chỗ trống");
    }

    @Test
    void aPortInUseIsOneLine() throws IOException {
        TestPostgres.Database database = TestPostgres.newDatabase();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ChildDa06.Result serve = new ChildDa06(dir.resolve("home"), database.url(), database.user(), database.password())
                    .setting("server.port", Integer.toString(taken.getLocalPort())).run(TIMEOUT, "serve");

            assertThat(serve.exitCode()).isNotZero();
            assertThat(oneLine(serve)).startsWith("Lỗi: cổng " + taken.getLocalPort() + " đang được một chương trình khác dùng")
                    .contains("DA06_PORT=");
        }
    }

    /** What the run printed on its error output, which must be one line (and nothing else). */
    private static String oneLine(ChildDa06.Result run) {
        assertThat(run.err().lines().toList()).as("error output:\n" + run.err()).hasSize(1);
        return run.err().strip();
    }
}
