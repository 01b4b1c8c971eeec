package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.cli.Cli;
import vn.da06.support.CliRun;

@ReportSpringTest
class ReportCommandTests extends FixtureReportTest {

    @Autowired
    Cli cli;

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

    @Test
    void aPeriodWithoutAcceptedWorkbooksFailsWithOneVietnameseLineUnlessAllowed() {
        CliRun refused = CliRun.run(cli, "report", "monthly", "--period", "2024-10", "--format", "pdf", "--out", out.toString());
        CliRun allowed = CliRun.run(cli, "report", "monthly", "--period", "2024-10", "--format", "pdf", "--allow-empty",
                "--out", out.toString());

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err().lines()).singleElement().asString()
                .startsWith("Lỗi: kỳ tháng 10/2024 chưa có báo cáo nào của đơn vị được tiếp nhận").contains("--allow-empty");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(out.resolve("monthly_2024-10.pdf")).isRegularFile();
    }

    /** The report date is 06/01/2025 (ReportSpringTest), before December's workbooks are due on 12/01/2025. */
    @Test
    void aReportMadeBeforeTheDeadlineWarnsAndNamesTheUnitsNotReportedYet() throws Exception {
        CliRun run = CliRun.run(cli, "report", "monthly", "--period", "2024-12", "--format", "pdf", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("Cảnh báo: báo cáo lập ngày 06/01/2025, trước khi hết hạn gửi báo cáo tháng 12/2024 (ngày 12/01/2025)");
        String pdf = ReportFiles.pdfText(out.resolve("monthly_2024-12.pdf")).replaceAll("\\s+", " ");
        // CAH, VPUB and PLDTBXH sent December's workbook by 10/01/2025; the fixture's other units with duties did not.
        assertThat(pdf).contains("Số liệu tính đến ngày 10/01/2025")
                .containsPattern("Còn \\d+/\\d+ đơn vị chưa gửi báo cáo tháng 12/2024 \\(hạn gửi ngày 12/01/2025\\): ")
                .contains("UBND thị trấn Tuy Phước").doesNotContain("Xã Phước");
    }

    @Test
    void reportsAreSentToThePlansRecipientsAndCiteItsGrounds() throws Exception {
        CliRun run = CliRun.run(cli, "report", "half-year", "--period", "2024-H1", "--format", "pdf", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String pdf = ReportFiles.pdfText(out.resolve("half-year_2024-H1.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("- Văn phòng UBND tỉnh;", "- Công an tỉnh (PC06);", "Căn cứ Quyết định số 06/QĐ-TTg",
                "Căn cứ Quyết định số 540/QĐ-UBND").doesNotContain("Quyết định số /QĐ-UBND", "ngày tháng năm");
    }
}
