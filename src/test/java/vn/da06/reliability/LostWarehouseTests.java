package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import vn.da06.database.EmbeddedServer;
import vn.da06.support.ChildDa06;

/**
 * The embedded server's data folder lost (deleted, a disk replaced) while the home still holds the archive: da06
 * refuses to start an empty warehouse beside it, in one line that says what is missing and how to restore, and
 * writes nothing into the new database (else the next import would load again what the archive holds, and every
 * template issued before would fail its signature).
 */
class LostWarehouseTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    private Path home;

    @AfterEach
    void removeHome() throws IOException {
        new EmbeddedServer(home).release();
        FileSystemUtils.deleteRecursively(home);
    }

    @Test
    void aLostDataFolderBesideAnArchiveIsRefusedInOneLine() throws IOException {
        home = Files.createTempDirectory("da06-lost-");
        ChildDa06 da06 = ChildDa06.embedded(home);
        succeed(da06.run(TIMEOUT, "plan", "import"));
        succeed(da06.run(TIMEOUT, "sample", "--month", "2024-01", "--out", home.resolve("inbox").toString()));
        succeed(da06.run(TIMEOUT, "import"));
        assertThat(home.resolve("postgres/data/postmaster.pid")).as("stopped by its last user").doesNotExist();

        FileSystemUtils.deleteRecursively(home.resolve("postgres/data"));
        ChildDa06.Result status = da06.run(TIMEOUT, "status");

        assertThat(status.exitCode()).isNotZero();
        assertThat(status.err().lines().toList()).as(status.err()).singleElement().asString()
                .startsWith("Lỗi: cơ sở dữ liệu của kho đã mất")
                .containsPattern("còn \\d+ tệp đã nhập trong " + home.resolve("archive"))
                .contains("pg_restore").contains("README");
        assertThat(status.out()).isEmpty();
        assertThat(Files.readString(home.resolve("warehouse-id"))).as("the earlier warehouse's identity, kept").isNotBlank();

        ChildDa06.Result again = da06.run(TIMEOUT, "import");

        assertThat(again.exitCode()).as("refused again: the new database was left untouched").isNotZero();
        assertThat(again.err()).startsWith("Lỗi: cơ sở dữ liệu của kho đã mất");
    }

    private static void succeed(ChildDa06.Result run) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }
}
