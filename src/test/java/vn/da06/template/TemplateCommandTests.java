package vn.da06.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

@Da06SpringTest
class TemplateCommandTests {

    /** Named on every command: other tests load plans of their own, and the default is the latest loaded. */
    private static final String PLAN = "TUYPHUOC-2024";

    @Autowired
    Cli cli;

    @Autowired
    PlanImporter importer;

    @TempDir
    Path dir;

    @BeforeEach
    void bundledPlanLoaded() {
        importer.importBundled();
    }

    @Test
    void helpIsInVietnamese() {
        CliRun run = CliRun.run(cli, "template", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Cách dùng: da06 template", "Tạo mẫu báo cáo tháng", "Tùy chọn:",
                "--month=YYYY-MM", "Kỳ báo cáo, ví dụ 2024-03.", "Hiện hướng dẫn này rồi thoát.")
                .doesNotContain("Usage", "Show this help");
        CliRun sample = CliRun.run(cli, "sample", "--help");
        assertThat(sample.out()).contains("Tạo các tệp báo cáo mẫu", "Hạt giống ngẫu nhiên (mặc định: 2024).");
    }

    @Test
    void aBadMonthIsRefusedInOneVietnameseLine() {
        for (String month : new String[] {"2024-13", "03/2024", "2024-3"}) {
            CliRun run = CliRun.run(cli, "template", "--month", month, "--plan", PLAN, "--out", dir.toString());
            assertThat(run.exitCode()).as(month).isNotZero();
            assertThat(run.err().strip()).as(month).doesNotContain("\n")
                    .startsWith("Lỗi: tháng \"" + month + "\" không hợp lệ: hãy viết dạng YYYY-MM, ví dụ 2024-03.");
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMonthOutsideThePlanAnUnknownUnitOrPlanIsRefusedWithTheReason() {
        assertOneLineError(CliRun.run(cli, "template", "--month", "2025-01", "--plan", PLAN, "--out", dir.toString()),
                "Lỗi: tháng 01/2025 nằm ngoài thời gian của kế hoạch TUYPHUOC-2024 (01/01/2024 – 31/12/2024).");
        assertOneLineError(CliRun.run(cli, "template", "--month", "2024-03", "--unit", "XYZ", "--plan", PLAN, "--out", dir.toString()),
                "Lỗi: không có đơn vị mã XYZ trong tháng 03/2024.");
        assertOneLineError(CliRun.run(cli, "template", "--month", "2024-03", "--unit", "550", "--plan", PLAN, "--out", dir.toString()),
                "Lỗi: đơn vị 550 (Huyện Tuy Phước) không được giao nhiệm vụ hay chỉ tiêu nào");
        assertOneLineError(CliRun.run(cli, "template", "--month", "2024-03", "--plan", "NOPE", "--out", dir.toString()),
                "Lỗi: chưa nạp kế hoạch NOPE");
        assertOneLineError(CliRun.run(cli, "sample", "--month", "2024-05..2024-01", "--out", dir.toString()),
                "Lỗi: khoảng tháng \"2024-05..2024-01\" không hợp lệ");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void templateWritesOneFilePerUnitNamed() throws IOException {
        CliRun run = CliRun.run(cli, "template", "--month", "2024-03", "--unit", "21952", "cah", "--plan", PLAN, "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Đã tạo 2 mẫu báo cáo tháng 03/2024",
                "21952_2024-03.xlsx  Thị trấn Tuy Phước: 21 nhiệm vụ, 6 chỉ tiêu",
                "CAH_2024-03.xlsx  Công an huyện: 27 nhiệm vụ, 3 chỉ tiêu");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("21952_2024-03.xlsx", "CAH_2024-03.xlsx");
        }
    }

    @Test
    void sampleWritesTheInboxLayoutAndSummarises() throws IOException {
        CliRun run = CliRun.run(cli, "sample", "--month", "2024-02", "--seed", "11", "--plan", PLAN, "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("tệp báo cáo mẫu của", "tháng 02/2024", "(hạt giống 11)", "gửi đúng hạn:",
                "gửi trễ hạn:", "gửi lại lần 2 (thay tệp trước): 1", "không gửi: 1 lượt đơn vị – tháng",
                "có lỗi, việc nhập phải từ chối: 1");
        try (Stream<Path> folders = Files.list(dir)) {
            assertThat(folders.filter(Files::isDirectory).count()).isBetween(27L, 28L);
        }
    }

    private static void assertOneLineError(CliRun run, String start) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith(start);
    }
}
