package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.Da06Properties;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;
import vn.da06.submission.TestWorkbook;
import vn.da06.support.ChildDa06;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.MarkerKey;

/**
 * What the import may touch: only the inbox, whose entries it moves and never follows; stored files are never
 * overwritten; whatever lies in the inbox ends in the archive or the rejected folder, once.
 */
@Da06SpringTest
class ImportAccessTests {

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    PlanImporter plans;
    @Autowired
    ApplicationContext context;

    private Path outside;

    @BeforeEach
    void emptyWarehouse() throws IOException {
        plans.importBundled();
        Warehouse.reset(jdbc, properties);
        outside = Files.createTempDirectory("da06-outside-");
    }

    @Test
    void aLinkInAUnitFolderIsRejectedAndItsTargetIsNeitherReadNorMoved() throws IOException {
        Path target = HostileCorpus.validWorkbook(markerKey.bytes()).write(outside.resolve("bao-cao.xlsx"), HostileCorpus.ARRIVAL);
        String before = CrashInbox.sha256(target);
        Path link = Files.createDirectories(properties.inbox().resolve("21952")).resolve("lien-ket.xlsx");
        Files.createSymbolicLink(link, target);

        ImportSummary summary = launcher.run(null, n -> { });

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejections().get(0).reasons().get(0)).contains("liên kết tượng trưng");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_task_progress").query(Long.class).single()).isZero();
        Path stored = properties.rejected().resolve("21952/lien-ket.xlsx");
        assertThat(Files.isSymbolicLink(stored)).as("the link itself moved to rejected/").isTrue();
        assertThat(Files.readSymbolicLink(stored)).isEqualTo(target);
        assertThat(target).isRegularFile();
        assertThat(CrashInbox.sha256(target)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(target).toInstant()).isEqualTo(HostileCorpus.ARRIVAL);
    }

    @Test
    void aLinkedUnitFolderIsRejectedWithoutEnteringIt() throws IOException {
        Path folder = Files.createDirectories(outside.resolve("21952"));
        Path target = HostileCorpus.validWorkbook(markerKey.bytes()).write(folder.resolve("bao-cao.xlsx"), HostileCorpus.ARRIVAL);
        Files.createSymbolicLink(properties.inbox().resolve("21952"), folder);

        ImportSummary summary = launcher.run(null, n -> { });

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.loaded()).isZero();
        assertThat(target).isRegularFile();
        assertThat(Files.isSymbolicLink(properties.rejected().resolve("_khong-ro-don-vi/21952"))).isTrue();
    }

    /**
     * An archive that cannot be written (here a read-only file system for the import alone) fails the import with one
     * line and a non-zero exit, not "hoàn tất" with the file left behind; once it can be written, the next run stores
     * the file, loaded once.
     */
    @Test
    void anArchiveThatCannotBeWrittenFailsTheImportInOneLineAndTheNextRunStoresTheFile() throws IOException {
        Path file = HostileCorpus.validWorkbook(markerKey.bytes())
                .write(properties.inbox().resolve("21952/bao-cao.xlsx"), HostileCorpus.ARRIVAL);

        ChildDa06.Result failed = ChildDa06.like(context)
                .wrappedIn(ChildDa06.inOwnFileSystem("mount -t tmpfs -o ro tmpfs \"$0\"", properties.archive()))
                .run(Duration.ofMinutes(3), "import");

        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.err().lines().toList()).as(failed.err()).singleElement().asString()
                .startsWith("Lỗi: ").contains("không chuyển được 1 tệp ra khỏi hộp thư").contains("21952/bao-cao.xlsx")
                .contains("quyền ghi các thư mục archive/");
        assertThat(file).as("still in the inbox").isRegularFile();

        ImportSummary again = launcher.run(null, n -> { });

        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(leftInInbox()).isEmpty();
        assertThat(jdbc.sql("SELECT stored_path FROM fact_submission").query(String.class).single())
                .isEqualTo("archive/21952/2024-03/bao-cao.xlsx");
        assertThat(properties.archive().resolve("21952/2024-03/bao-cao.xlsx")).isRegularFile();
    }

    /**
     * The same when the file that cannot be stored belongs to an earlier chunk, whose files move in the background
     * while the next chunk is checked: the next chunk is not recorded, and the run fails in the same one line.
     */
    @Test
    void aFileOfAnEarlierChunkThatCannotBeStoredFailsTheImportBeforeTheNextChunkIsRecorded() throws IOException {
        Path first = HostileCorpus.validWorkbook(markerKey.bytes())
                .write(properties.inbox().resolve("21952/bao-cao.xlsx"), HostileCorpus.ARRIVAL);
        Path second = TestWorkbook.of("21955", "2024-03", markerKey.bytes()).indicator("CT02", 12, 20, null)
                .write(properties.inbox().resolve("21955/bao-cao.xlsx"), HostileCorpus.ARRIVAL.plusSeconds(60));

        ChildDa06.Result failed = ChildDa06.like(context).setting("da06.import.chunk-size", "1")
                .wrappedIn(ChildDa06.inOwnFileSystem("mount -t tmpfs -o ro tmpfs \"$0\"", properties.archive()))
                .run(Duration.ofMinutes(3), "import");

        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.err().lines().toList()).as(failed.err()).singleElement().asString()
                .startsWith("Lỗi: ").contains("không chuyển được 1 tệp ra khỏi hộp thư").contains("21952/bao-cao.xlsx");
        assertThat(first).as("still in the inbox").isRegularFile();
        assertThat(second).as("still in the inbox").isRegularFile();
        assertThat(jdbc.sql("SELECT count(*) FROM fact_submission WHERE inbox_folder = '21955'").query(Long.class).single()).as("the next chunk not recorded").isZero();

        ImportSummary again = launcher.run(null, n -> { });

        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(leftInInbox()).isEmpty();
        assertThat(jdbc.sql("SELECT stored_path FROM fact_submission ORDER BY stored_path").query(String.class).list())
                .containsExactly("archive/21952/2024-03/bao-cao.xlsx", "archive/21955/2024-03/bao-cao.xlsx");
    }

    @Test
    void aRejectedFileNeverOverwritesOneAlreadyStoredUnderItsName() throws IOException {
        Path earlier = Files.createDirectories(properties.rejected().resolve("21952")).resolve("sai.xlsx");
        Files.writeString(earlier, "tệp bị từ chối hôm trước");
        Files.writeString(properties.rejected().resolve("21952/sai_LOI.xlsx"), "báo cáo lỗi hôm trước");
        HostileCorpus.validWorkbook(markerKey.bytes()).indicator("CT05", 60, 50, null)
                .write(properties.inbox().resolve("21952/sai.xlsx"), HostileCorpus.ARRIVAL);

        launcher.run(null, n -> { });

        assertThat(earlier).hasContent("tệp bị từ chối hôm trước");
        assertThat(properties.rejected().resolve("21952/sai_LOI.xlsx")).hasContent("báo cáo lỗi hôm trước");
        assertThat(properties.rejected().resolve("21952/sai_2.xlsx")).isRegularFile();
        assertThat(properties.rejected().resolve("21952/sai_2_LOI.xlsx")).isRegularFile();
        assertThat(jdbc.sql("SELECT stored_path FROM fact_submission").query(String.class).single())
                .isEqualTo("rejected/21952/sai_2.xlsx");
    }

    @Test
    void theLongestFileNameIsStoredUnderAShorterOneBesideAFileThatTookIt() throws IOException {
        String name = HostileCorpus.longestName();
        Path taken = Files.createDirectories(properties.archive().resolve("21952/2024-03")).resolve(name);
        Files.writeString(taken, "đã có");
        HostileCorpus.validWorkbook(markerKey.bytes()).write(properties.inbox().resolve("21952").resolve(name), HostileCorpus.ARRIVAL);
        Files.writeString(properties.inbox().resolve("21952").resolve(name.replace("báo", "bao")), "không phải bảng tính");

        ImportSummary summary = launcher.run(null, n -> { });

        assertThat(summary.loaded()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(taken).hasContent("đã có");
        for (String stored : jdbc.sql("SELECT stored_path FROM fact_submission").query(String.class).list()) {
            assertThat(properties.home().resolve(stored)).isRegularFile();
        }
        assertThat(leftInInbox()).isEmpty();
    }

    @Test
    void aNamedPipeIsRejectedWithoutBlockingTheImport() throws Exception {
        Path pipe = Files.createDirectories(properties.inbox().resolve("21952")).resolve("ong.xlsx");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeThat(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo works").isTrue();
        HostileCorpus.validWorkbook(markerKey.bytes()).write(properties.inbox().resolve("21952/bao-cao.xlsx"), HostileCorpus.ARRIVAL);

        ImportSummary summary = CompletableFuture.supplyAsync(() -> launcher.run(null, n -> { }))
                .get(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);

        assertThat(summary.loaded()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> assertThat(r.reasons().get(0)).contains("tệp thông thường"));
        assertThat(leftInInbox()).isEmpty();
    }

    @Test
    void twoCopiesOfAWorkbookInOneChunkLoadItOnce() throws IOException {
        Path first = HostileCorpus.validWorkbook(markerKey.bytes()).write(properties.inbox().resolve("21952/a.xlsx"), HostileCorpus.ARRIVAL);
        Path copy = properties.inbox().resolve("21952/b.xlsx");
        Files.copy(first, copy);
        Files.setLastModifiedTime(copy, FileTime.from(HostileCorpus.ARRIVAL.plusSeconds(60)));

        ImportSummary summary = launcher.run(null, n -> { });

        assertThat(summary.loaded()).isEqualTo(1);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT file_name || ' ' || status FROM fact_submission ORDER BY file_name").query(String.class).list())
                .containsExactly("a.xlsx accepted", "b.xlsx duplicate");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_value").query(Long.class).single()).isEqualTo(2);
    }

    private List<Path> leftInInbox() throws IOException {
        try (var left = Files.walk(properties.inbox())) {
            return left.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }
}
