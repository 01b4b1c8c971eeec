package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.cli.Cli;
import vn.da06.plan.BundledPlan;
import vn.da06.plan.PlanImporter;
import vn.da06.support.CliRun;

/**
 * A warehouse that reported 2024 under the district plan and then takes in the units of 1/7/2025 (the 2024 plan
 * with its successor links, the province plan with the four new communes, whose codes reuse old ones): the 2024
 * reports read exactly as before.
 */
@ReportSpringTest
@TestPropertySource(properties = "da06.test.context=merger")
class ReportsAcrossTheMergerTests {

    private static final List<String> DATA_SHEETS = List.of("Dữ liệu chỉ tiêu", "Dữ liệu nhiệm vụ");
    /** A units.csv row's last three columns: valid_from, valid_to, successor. */
    private static final Pattern VALIDITY = Pattern.compile(",(\\d{4}-\\d{2}-\\d{2}),([^,]*),([^,]*)$");

    @Autowired
    Cli cli;
    @Autowired
    PlanImporter plans;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path out;

    @Test
    void a2024ReportMadeAfterThe2025UnitsAreLoadedHasTheSameDataAndText() throws IOException {
        plans.importFrom(planWithoutThe2025Units());
        ReportFixture.loadWorkbooks(jdbc);
        aRejectedWorkbookNamesUnit21952();
        assertThat(unitsStartingOn("2025-07-01")).as("no 2025 unit yet").isZero();
        Path before = report("before");

        BundledPlan.codes().forEach(plans::importBundled);
        assertThat(unitsStartingOn("2025-07-01")).as("the 2025 units are loaded").isPositive();
        aRejectedWorkbookOfThe2025PlanForNovember2024();
        Path after = report("after");

        for (String sheet : DATA_SHEETS) {
            List<List<String>> cells = ReportFiles.sheetCells(before, sheet);
            assertThat(cells).as(sheet).hasSizeGreaterThan(1);
            assertThat(ReportFiles.sheetCells(after, sheet)).as(sheet).isEqualTo(cells);
        }
        String text = ReportFiles.pdfText(before.resolveSibling(pdfName(before)));
        assertThat(text.contains("Chỉ tiêu!B9: UBND thị trấn Tuy")).as("the rejected workbook of November names thị trấn Tuy Phước")
                .isTrue();
        assertThat(ReportFiles.pdfText(after.resolveSibling(pdfName(after)))).isEqualTo(text);
    }

    /** The annual 2024 report in XLSX and PDF, written into a folder of its own; returns the XLSX. */
    private Path report(String folder) {
        Path dir = out.resolve(folder);
        CliRun run = CliRun.run(cli, "report", "annual", "--plan", BundledPlan.CODE, "--period", "2024",
                "--format", "xlsx,pdf", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve("annual_2024.xlsx");
    }

    private static String pdfName(Path xlsx) {
        return xlsx.getFileName().toString().replace(".xlsx", ".pdf");
    }

    /** The bundled 2024 plan as a warehouse had it before the merger: no 2025 unit, no successor. */
    private static Path planWithoutThe2025Units() throws IOException {
        Path dir = BundledPlan.extract();
        Path units = dir.resolve("units.csv");
        String kept = Files.readAllLines(units).stream()
                .map(line -> {
                    Matcher row = VALIDITY.matcher(line);
                    if (!row.find() || line.startsWith("#")) {
                        return line;
                    }
                    return row.group(1).equals("2025-07-01") ? null
                            : line.substring(0, row.start()) + "," + row.group(1) + "," + row.group(2) + ",";
                })
                .filter(line -> line != null)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(units, kept);
        return dir;
    }

    /**
     * The import names a unit by its code in its messages; 21952 is thị trấn Tuy Phước in 2024 and xã Tuy Phước from
     * 1/7/2025, and the reports' list of rejected workbooks names it as it was in the workbook's month.
     */
    private void aRejectedWorkbookNamesUnit21952() {
        rejectedWorkbookOf21952ForNovember2024(BundledPlan.CODE, "21952_2024-11.xlsx", "2024-12-09 08:00+07",
                new String[] {"Chỉ tiêu", "B9", "CT09", "indicator_not_assigned",
                        "Chỉ tiêu!B9: đơn vị 21952 không báo cáo chỉ tiêu CT09; xóa dòng này rồi gửi lại."});
    }

    /**
     * A workbook of the 2025 plan sent for a month of 2024 (refused for its month): another plan's workbook, which
     * neither the 2024 report's list of rejected workbooks nor its count of a unit's rejected workbooks includes.
     */
    private void aRejectedWorkbookOfThe2025PlanForNovember2024() {
        rejectedWorkbookOf21952ForNovember2024(BundledPlan.GIA_LAI_2025, "21952_2025-plan_2024-11.xlsx", "2024-12-10 08:00+07",
                new String[] {"Thông tin", "C5", "2024-11", "month_outside_plan",
                        "Thông tin!C5: tháng 2024-11 không thuộc kế hoạch; gửi báo cáo của tháng trong kế hoạch."});
    }

    /** A rejected workbook of unit 21952 for November 2024 under a plan, with one error: sheet, cell, value, rule, message. */
    private void rejectedWorkbookOf21952ForNovember2024(String plan, String fileName, String receivedAt, String[] error) {
        long submission = jdbc.sql("""
                INSERT INTO fact_submission (plan_key, unit_key, month_key, inbox_folder, file_name, file_hash, file_size,
                    received_at, on_time, status, error_count, template_version)
                SELECT p.plan_key, u.unit_key, 202411, '21952', :file, encode(sha256(convert_to(:file, 'UTF8')), 'hex'),
                       24576, CAST(:received AS timestamptz), true, 'rejected', 1, '1'
                FROM dim_plan p, dim_unit u
                WHERE p.code = :plan AND u.code = '21952' AND u.valid_from = date '2000-01-01'
                RETURNING submission_key""").param("plan", plan).param("file", fileName).param("received", receivedAt)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO submission_error (submission_key, seq, sheet, cell, value, rule, message)
                VALUES (:s, 1, :sheet, :cell, :value, :rule, :message)""")
                .param("s", submission).param("sheet", error[0]).param("cell", error[1]).param("value", error[2])
                .param("rule", error[3]).param("message", error[4]).update();
    }

    private int unitsStartingOn(String day) {
        return jdbc.sql("SELECT count(*) FROM dim_unit WHERE valid_from = CAST(:d AS date)").param("d", day)
                .query(Integer.class).single();
    }
}
