package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.support.CliRun;

@ReportSpringTest
class ReportCommandTests {

    @Autowired
    Cli cli;

    @Autowired
    PlanImporter plans;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path out;

    @BeforeEach
    void warehouseLoaded() {
        ReportFixture.load(plans, jdbc);
    }

    @Test
    void helpIsInVietnamese() {
        CliRun run = CliRun.run(cli, "report", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Cách dùng:", "Lập báo cáo tháng, sơ kết 6 tháng hoặc tổng kết năm",
                "--period", "Kỳ báo cáo", "Định dạng", "Hiện hướng dẫn này rồi thoát.");
    }

    @Test
    void writesTheRequestedFormatsAndPrintsTheirPaths() {
        CliRun run = CliRun.run(cli, "report", "monthly", "--period", "2024-05", "--format", "pdf,xlsx", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path pdf = out.resolve("monthly_2024-05.pdf").toAbsolutePath();
        Path xlsx = out.resolve("monthly_2024-05.xlsx").toAbsolutePath();
        assertThat(run.out().lines()).containsExactly(pdf.toString(), xlsx.toString());
        assertThat(pdf).isRegularFile();
        assertThat(xlsx).isRegularFile();
        assertThat(Files.exists(out.resolve("monthly_2024-05.docx"))).isFalse();
    }

    @Test
    void aBadPeriodIsRefusedWithOneVietnameseLine() {
        CliRun run = CliRun.run(cli, "report", "monthly", "--period", "2024-13", "--out", out.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("Lỗi: kỳ báo cáo \"2024-13\" không hợp lệ").contains("2024-05");
    }

    @Test
    void aPeriodOutsideThePlanIsRefused() {
        CliRun run = CliRun.run(cli, "report", "annual", "--period", "2023", "--out", out.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines()).singleElement().asString().startsWith("Lỗi: kỳ 2023 nằm ngoài kế hoạch TUYPHUOC-2024");
    }

    @Test
    void anUnknownKindOrFormatIsRefused() {
        CliRun kind = CliRun.run(cli, "report", "weekly", "--period", "2024");
        CliRun format = CliRun.run(cli, "report", "annual", "--period", "2024", "--format", "odt");

        assertThat(kind.exitCode()).isNotZero();
        assertThat(kind.err().lines()).singleElement().asString().startsWith("Lỗi: loại báo cáo \"weekly\" không có");
        assertThat(format.exitCode()).isNotZero();
        assertThat(format.err().lines()).singleElement().asString().startsWith("Lỗi: định dạng \"odt\" không có");
    }
}
