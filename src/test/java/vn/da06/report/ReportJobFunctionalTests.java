package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.plan.PlanImporter;

/** Runs the report job on the fixture warehouse and reads the figures back from each format it wrote. */
@ReportSpringTest
class ReportJobFunctionalTests {

    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth JUN = YearMonth.of(2024, 6);
    private static final YearMonth DEC = YearMonth.of(2024, 12);

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job reportJob;

    @Autowired
    JobRepository jobRepository;

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
    void halfYearFiguresAreTheReportedOnesInEveryFormat() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX);

        JobExecution execution = jobOperator.start(reportJob, request.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Expected.Figure flow = Expected.district("CT05", JAN, JUN);
        Expected.Figure stock = Expected.district("CT01", JAN, JUN);
        List<Map<String, Cell>> rows = ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu chỉ tiêu");
        assertDistrictRow(rows, "2024-H1", "CT05", flow);
        assertDistrictRow(rows, "2024-H1", "CT01", stock);
        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        assertThat(line(pdf, "CT05")).contains(flow.printed());
        assertThat(line(pdf, "CT01")).contains(stock.printed());
        String docx = ReportFiles.docxText(request.file(ReportFormat.DOCX));
        assertThat(docx).contains(flow.printed(), stock.printed());
    }

    private static void assertDistrictRow(List<Map<String, Cell>> rows, String period, String indicator, Expected.Figure expected) {
        Map<String, Cell> row = rows.stream()
                .filter(r -> ReportFiles.text(r.get("Kỳ")).equals(period) && ReportFiles.text(r.get("Mã đơn vị")).equals("550")
                        && ReportFiles.text(r.get("Mã chỉ tiêu")).equals(indicator))
                .findFirst().orElseThrow(() -> new AssertionError("no district row for " + indicator + " in " + period));
        assertThat(ReportFiles.number(row.get("Tử số"))).isEqualTo(expected.numerator());
        assertThat(ReportFiles.number(row.get("Mẫu số"))).isEqualTo(expected.denominator());
        assertThat(BigDecimal.valueOf(ReportFiles.number(row.get("Tỷ lệ (%)")))).isEqualByComparingTo(expected.ratio());
    }

    /** The PDF line where a table row starts, found by the indicator or unit code in its first cell. */
    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start));
    }

    private ReportRequest request(ReportKind kind, String period, ReportFormat... formats) {
        return new ReportRequest(ReportFixture.PLAN, kind, period, List.of(formats), out, LocalDate.of(2025, 1, 6));
    }
}
