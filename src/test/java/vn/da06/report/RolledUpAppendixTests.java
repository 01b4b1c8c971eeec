package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.da06.cli.Cli;
import vn.da06.support.CliRun;

/**
 * A plan with more units than {@code da06.report.roll-up-above} (set to 10 here, below the district's 28) gets
 * rolled-up appendices: the reporting table by group of units, then only the units that need attention, and per
 * target only the units below it or without figures; every unit stays in the XLSX data sheets.
 */
@ReportSpringTest
@TestPropertySource(properties = {"da06.test.context=roll-up", "da06.report.roll-up-above=10"})
class RolledUpAppendixTests extends FixtureReportTest {

    @Autowired
    Cli cli;

    @Test
    void theAppendicesListOnlyWhatNeedsAttentionAndTheDataSheetsEveryUnit() throws IOException {
        CliRun run = CliRun.run(cli, "report", "half-year", "--period", "2024-H1", "--format", "pdf,xlsx", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = ReportFiles.pdfText(out.resolve("half-year_2024-H1.pdf")).replaceAll("\\s+", " ");
        // A group's name wraps in its cell, beside the group's figures.
        assertThat(text).containsPattern("Các phòng, ban, ngành \\(15 đơn [^)]{0,60}vị\\)")
                .containsPattern("Các xã, thị trấn \\(13 [^)]{0,60}\\)")
                .contains("Tổng cộng (28 đơn vị)", "chỉ liệt kê đơn vị chưa đạt mục tiêu hoặc chưa có số liệu");
        // Văn phòng HĐND & UBND huyện meets CT05 (online payments) in the first half of 2024: 45,45 % and above.
        assertThat(text).doesNotContainPattern("Văn phòng HĐND & UBND huyện [\\d.]+ [\\d.]+ [\\d,]+ Đạt");
        List<Map<String, Cell>> rows = ReportFiles.sheetRows(out.resolve("half-year_2024-H1.xlsx"), "Dữ liệu chỉ tiêu");
        assertThat(rows).anySatisfy(r -> {
            assertThat(ReportFiles.text(r.get("Tên đơn vị"))).isEqualTo("Văn phòng HĐND & UBND huyện");
            assertThat(ReportFiles.text(r.get("Mã chỉ tiêu"))).isEqualTo("CT05");
            assertThat(ReportFiles.text(r.get("Đạt mục tiêu"))).isEqualTo("Đạt");
        });
    }
}
