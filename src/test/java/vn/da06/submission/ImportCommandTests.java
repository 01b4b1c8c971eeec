package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.cli.Cli;
import vn.da06.support.CliRun;
import vn.da06.support.ImportTest;

class ImportCommandTests extends ImportTest {

    @Autowired
    Cli cli;

    @BeforeEach
    void aGoodAndABadWorkbookInTheInbox() throws IOException {
        TestWorkbook.of("21952", "2024-03", markerKey.bytes()).indicator("CT02", 45, 50, null)
                .write(properties.inbox().resolve("21952/tot.xlsx"), ImportFunctionalTests.ON_TIME);
        TestWorkbook.of("21952", "2024-04", markerKey.bytes()).indicator("CT02", 55, 50, null)
                .write(properties.inbox().resolve("21952/sai.xlsx"), ImportFunctionalTests.LATE.plusSeconds(30L * 86_400));
    }

    @Test
    void importPrintsASummaryAndExitsZeroEvenWithRejections() {
        CliRun run = CliRun.run(cli, "import");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Đã xử lý 2 tệp").contains("Nạp vào kho:        1 tệp")
                .contains("Bị từ chối:         1 tệp").contains("21952/sai.xlsx (1 lỗi)")
                .contains("Chỉ tiêu!E4: Tử số không được lớn hơn mẫu số");
    }

    @Test
    void aFileNameWithANewlinePrintsOnOneLine() throws IOException {
        Files.writeString(properties.inbox().resolve("21952/bao\ncao.xlsx"), "không phải bảng tính");

        CliRun run = CliRun.run(cli, "import");

        assertThat(run.out()).contains("  - 21952/bao\\ncao.xlsx (1 lỗi)");
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("cao.xlsx"));
    }

    @Test
    void filesStillBeingWrittenOrOpenStayInTheInboxAndAreSaid() throws IOException {
        // da06 sample --out inbox/ writing, LibreOffice and Excel holding a workbook open.
        List<Path> inUse = List.of(properties.inbox().resolve("21952/.moi.xlsx.part"),
                properties.inbox().resolve("21952/.~lock.tot.xlsx#"), properties.inbox().resolve("21952/~$tot.xlsx"));
        for (Path file : inUse) {
            Files.writeString(file, "đang ghi");
        }

        CliRun run = CliRun.run(cli, "import");

        assertThat(run.out()).contains("Đã xử lý 2 tệp").contains("Bị từ chối:         1 tệp")
                .contains("Để lại trong hộp thư 3 tệp đang được ghi hoặc đang mở");
        assertThat(inUse).allMatch(Files::exists);
        assertThat(properties.home().resolve("rejected/21952")).isDirectoryNotContaining("glob:**/*.part");
    }

    @Test
    void dryRunSaysWhatWouldHappenAndChangesNothing() {
        CliRun run = CliRun.run(cli, "import", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("21952/tot.xlsx: sẽ nạp (0 nhiệm vụ, 1 chỉ tiêu, kỳ 2024-03)")
                .contains("21952/sai.xlsx: sẽ bị từ chối: Chỉ tiêu!E4");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_submission").query(Integer.class).single()).isZero();
        assertThat(properties.inbox().resolve("21952/tot.xlsx")).exists();
    }

    @Test
    void aMissingInboxIsAOneLineErrorAndANonZeroExit() {
        CliRun run = CliRun.run(cli, "import", "--inbox", properties.home().resolve("khong-co").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).startsWith("Lỗi: không có thư mục hộp thư").doesNotContain("\n");
    }

    @Test
    void helpIsInVietnamese() {
        CliRun run = CliRun.run(cli, "import", "--help");
        assertThat(run.out()).contains("Cách dùng: da06 import").contains("Chỉ kiểm tra và in tệp nào sẽ được nạp");
    }
}
