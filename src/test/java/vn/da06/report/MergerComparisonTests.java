package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.da06.cli.Cli;
import vn.da06.plan.BundledPlan;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

/**
 * Like for like across the merger of 1/7/2025: the province's 2025 report shows xã Tuy Phước beside the sum of the
 * five communes and towns it was formed from, for the same months of 2024. The 2024 figures are
 * {@link ReportFixture}'s: thị trấn Tuy Phước and thị trấn Diêu Trì reported CT05 (online payments) in the first
 * half of 2024, the other three predecessors nothing.
 */
@Da06SpringTest
@TestPropertySource(properties = {"da06.test.context=merger-2025", "da06.report.date=2026-01-20"})
class MergerComparisonTests extends FixtureReportTest {

    @Autowired
    Cli cli;

    @BeforeEach
    void bothYearsLoaded() {
        plans.importBundled(BundledPlan.GIA_LAI_2025);
        if (jdbc.sql("SELECT count(*) FROM fact_submission WHERE file_name = '21952_2025-07.xlsx'").query(Integer.class).single() == 0) {
            xaTuyPhuocReportsCt05ForJuly2025(60, 100);
        }
    }

    @Test
    void theNewCommuneStandsBesideTheSumOfItsPredecessorsForTheSameMonthsOf2024() throws IOException {
        CliRun run = CliRun.run(cli, "report", "annual", "--plan", BundledPlan.GIA_LAI_2025, "--period", "2025",
                "--format", "pdf", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = ReportFiles.pdfText(out.resolve("annual_2025.pdf")).replaceAll("\\s+", " ");
        assertThat(text).contains("UBND xã Tuy Phước (từ 01/07/2025; hợp thành từ UBND thị trấn Tuy Phước, UBND thị trấn "
                + "Diêu Trì, UBND xã Phước Lộc, UBND xã Phước Nghĩa, UBND xã Phước Thuận)");
        // 2024 (ReportFixture): thị trấn Tuy Phước 85/187, thị trấn Diêu Trì 30/81 (its March workbook was rejected):
        // 115/268 = 42,91 %; 2025: 60/100 = 60,00 %; +17,09 points; 2 of the 5 predecessors have figures.
        assertThat(text).contains("60,00 42,91 2/5 +17,09");
        assertThat(text).contains("So với cùng kỳ năm trước, tính trên tổng số liệu của các đơn vị trước sắp xếp hợp thành "
                + "mỗi đơn vị (4 đơn vị hình thành từ sắp xếp đơn vị hành chính): 1 lượt chỉ tiêu có tỷ lệ cao hơn, 0 lượt "
                + "thấp hơn, 0 lượt bằng,");
    }

    @Test
    void theDistrictsReportOf2024HasNoComparisonAcrossTheMerger() throws IOException {
        CliRun run = CliRun.run(cli, "report", "annual", "--plan", BundledPlan.CODE, "--period", "2024",
                "--format", "pdf", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ReportFiles.pdfText(out.resolve("annual_2024.pdf"))).doesNotContain("trước sắp xếp");
    }

    private void xaTuyPhuocReportsCt05ForJuly2025(int numerator, int denominator) {
        long submission = jdbc.sql("""
                INSERT INTO fact_submission (plan_key, unit_key, month_key, inbox_folder, file_name, file_hash, file_size,
                    received_at, on_time, status, error_count, template_version)
                SELECT p.plan_key, u.unit_key, 202507, '21952', '21952_2025-07.xlsx', repeat(md5('xa-tuy-phuoc'), 2), 24576,
                       timestamptz '2025-08-08 09:00+07', true, 'accepted', 0, '1'
                FROM dim_plan p, dim_unit u
                WHERE p.code = :plan AND u.code = '21952' AND u.valid_from = date '2025-07-01'
                RETURNING submission_key""").param("plan", BundledPlan.GIA_LAI_2025).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator, denominator,
                    source_cell, denominator_cell)
                SELECT s.submission_key, i.indicator_key, s.unit_key, 202507, :n, :d, 'Chỉ tiêu!D11', 'Chỉ tiêu!E11'
                FROM fact_submission s JOIN dim_indicator i ON i.plan_key = s.plan_key AND i.code = 'CT05'
                WHERE s.submission_key = :s""").param("s", submission).param("n", numerator).param("d", denominator).update();
    }
}
