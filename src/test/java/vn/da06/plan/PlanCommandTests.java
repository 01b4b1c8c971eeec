package vn.da06.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.cli.Cli;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

@Da06SpringTest
class PlanCommandTests {

    @Autowired
    Cli cli;

    @Test
    void importThenShowPrintsThe32TasksByGroupInVietnamese() {
        CliRun imported = CliRun.run(cli, "plan", "import");
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).containsAnyOf("Đã nạp kế hoạch TUYPHUOC-2024: 32 nhiệm vụ trong 7 nhóm",
                "Kế hoạch TUYPHUOC-2024 không thay đổi");

        CliRun shown = CliRun.run(cli, "plan", "show", "--plan", "TUYPHUOC-2024");

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).startsWith("Kế hoạch TUYPHUOC-2024: 32 nhiệm vụ, 14 mục tiêu")
                .contains("I.    VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (08 NHIỆM VỤ)")
                .contains("VII.  VỀ CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN (04 NHIỆM VỤ)")
                .contains("Ngày 22 hàng tháng").contains("30/06/2024)")
                .contains("Kết quả sản phẩm").contains("Quyết định ban hành quy chế").contains("(không ghi)")
                .contains("Mục tiêu (14):").contains("≥ 80%").contains("xem từng đơn vị");
        String[] parts = shown.out().split("Mục tiêu \\(14\\):");
        long taskLines = Pattern.compile("(?m)^\\d{1,2} +\\S").matcher(parts[0]).results().count();
        long targetLines = Pattern.compile("(?m)^\\d{1,2} +\\S").matcher(parts[1]).results().count();
        assertThat(taskLines).isEqualTo(32);
        assertThat(targetLines).isEqualTo(14);
    }

    @Test
    void theProvincePlanOf2025LoadsBesideTheDistrictPlanAndIsListedAndShown() {
        CliRun district = CliRun.run(cli, "plan", "import");
        CliRun province = CliRun.run(cli, "plan", "import", "--bundled", "GIALAI-2025");
        assertThat(district.exitCode()).as(district.err()).isZero();
        assertThat(province.exitCode()).as(province.err()).isZero();
        assertThat(province.out()).containsAnyOf("Đã nạp kế hoạch GIALAI-2025: 32 nhiệm vụ trong 7 nhóm",
                "Kế hoạch GIALAI-2025 không thay đổi");

        CliRun listed = CliRun.run(cli, "plan", "list");

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines().filter(l -> l.matches("^[A-Z]+-\\d{4} .*")))
                .anySatisfy(l -> assertThat(l).startsWith("TUYPHUOC-2024").contains("Huyện Tuy Phước", "01/01/2024 – 31/12/2024"))
                .anySatisfy(l -> assertThat(l).startsWith("GIALAI-2025").contains("Tỉnh Gia Lai", "01/07/2025 – 31/12/2025"));

        CliRun shown = CliRun.run(cli, "plan", "show", "--plan", "GIALAI-2025");

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).startsWith("Kế hoạch GIALAI-2025: 32 nhiệm vụ, 14 mục tiêu")
                .contains("UBND các xã, phường (13").contains("Công an tỉnh").doesNotContain("huyện");
    }

    @Test
    void theBundledPlansCopyInTheTemporaryFolderIsRemovedOnceLoaded() throws IOException {
        Set<Path> before = planCopies();

        CliRun run = CliRun.run(cli, "plan", "import", "--bundled", "GIALAI-2025");

        assertThat(run.exitCode()).isZero();
        assertThat(planCopies()).isEqualTo(before);
    }

    private static Set<Path> planCopies() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("da06-plan-")).collect(Collectors.toSet());
        }
    }

    @Test
    void anUnknownBundledPlanFailsWithOneVietnameseLine() {
        CliRun run = CliRun.run(cli, "plan", "import", "--bundled", "HANOI-2030");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Lỗi: da06 không có sẵn kế hoạch HANOI-2030 (có sẵn: TUYPHUOC-2024, GIALAI-2025).");
    }

    @Test
    void aWrongFolderFailsWithOneVietnameseLine() {
        CliRun run = CliRun.run(cli, "plan", "import", "/khong/co/thu-muc");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Lỗi: kế hoạch có 1 lỗi, chưa nạp gì: không có thư mục kế hoạch /khong/co/thu-muc");
    }

    @Test
    void everyCommandHasVietnameseHelp() {
        for (String[] args : new String[][] {{"--help"}, {"plan", "--help"}, {"plan", "import", "--help"}, {"plan", "list", "--help"},
                {"plan", "show", "--help"}}) {
            CliRun run = CliRun.run(cli, args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Cách dùng:").contains("Hiện hướng dẫn này rồi thoát.");
        }
    }
}
