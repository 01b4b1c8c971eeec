package vn.da06.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

/** A previous year's figures typed into the template, loaded, and shown as the same period last year. */
@Da06SpringTest
@TestPropertySource(properties = {"da06.test.context=baseline", "da06.report.date=2024-08-01"})
class BaselineCommandTests {

    @Autowired
    Cli cli;
    @Autowired
    PlanImporter plans;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void aFilledTemplateLoadsAndReviewsShowTheSamePeriodLastYear() throws Exception {
        plans.importBundled();
        Path file = folder.resolve("2023.xlsx");

        CliRun template = CliRun.run(cli, "baseline", "template", "--year", "2023", "--out", file.toString());

        assertThat(template.exitCode()).as(template.err()).isZero();
        assertThat(template.out().lines().findFirst()).contains(file.toAbsolutePath().toString());
        fill(file, List.of(new String[] {"VPUB", "CT05", "2023-H1", "30", "100"},
                new String[] {"21952", "CT05", "2023-H1", "10", "100"}, new String[] {"VPUB", "CT05", "2023", "70", "200"}));

        CliRun loaded = CliRun.run(cli, "baseline", "import", file.toString());

        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("Đã nạp 3 dòng số liệu năm trước (kỳ 2023, 2023-H1)");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_baseline").query(Integer.class).single()).isEqualTo(3);

        loadOneJuneWorkbook();
        CliRun report = CliRun.run(cli, "report", "half-year", "--period", "2024-H1", "--format", "pdf", "--out",
                folder.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("half-year_2024-H1.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String row = stripper.getText(pdf).lines().filter(l -> l.trim().matches("5\\s+Hồ sơ thanh toán.*"))
                    .findFirst().orElseThrow();
            // 2023-H1: (30 + 10) / (100 + 100) = 20,00 %
            assertThat(row.trim()).endsWith("20,00");
        }
    }

    @Test
    void aWrongRowLoadsNothingAndSaysWhichRowInOneLine() throws Exception {
        plans.importBundled();
        Path file = folder.resolve("wrong.xlsx");
        CliRun.run(cli, "baseline", "template", "--year", "2022", "--out", file.toString());
        fill(file, List.of(new String[] {"VPUB", "CT05", "2022-H1", "30", "100"},
                new String[] {"VPUB", "CT05", "2022", "300", "100"}, new String[] {"XYZ", "CT05", "2022", "1", "2"}));
        int before = jdbc.sql("SELECT count(*) FROM fact_indicator_baseline").query(Integer.class).single();

        CliRun loaded = CliRun.run(cli, "baseline", "import", file.toString());

        assertThat(loaded.exitCode()).isNotZero();
        assertThat(loaded.err().lines()).singleElement().asString()
                .startsWith("Lỗi: tệp wrong.xlsx có 2 dòng sai, chưa nạp gì: dòng 5: tử số (300) lớn hơn mẫu số (100); "
                        + "dòng 6: không có đơn vị mã \"XYZ\" trong năm 2022");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_baseline").query(Integer.class).single()).isEqualTo(before);
    }

    /** Types figures into the template's rows from the top, as a clerk would: unit, indicator, period, figures. */
    private static void fill(Path file, List<String[]> lines) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(BaselineSheet.NAME);
            int r = BaselineSheet.HEADER_ROW + 1;
            for (String[] line : lines) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                row.createCell(BaselineSheet.UNIT).setCellValue(line[0]);
                row.createCell(BaselineSheet.INDICATOR).setCellValue(line[1]);
                row.createCell(BaselineSheet.PERIOD).setCellValue(line[2]);
                row.createCell(BaselineSheet.NUMERATOR).setCellValue(Double.parseDouble(line[3]));
                row.createCell(BaselineSheet.DENOMINATOR).setCellValue(Double.parseDouble(line[4]));
                r++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** One accepted June 2024 workbook of VPUB with CT05, so that the review has data. */
    private void loadOneJuneWorkbook() {
        int plan = jdbc.sql("SELECT plan_key FROM dim_plan WHERE code = 'TUYPHUOC-2024'").query(Integer.class).single();
        int unit = jdbc.sql("SELECT unit_key FROM dim_unit WHERE code = 'VPUB'").query(Integer.class).single();
        long submission = jdbc.sql("""
                INSERT INTO fact_submission (plan_key, unit_key, month_key, inbox_folder, file_name, file_hash, file_size,
                    received_at, on_time, status)
                VALUES (:plan, :unit, 202406, 'VPUB', 'VPUB_2024-06.xlsx', repeat('a', 64), 1000,
                        timestamptz '2024-07-05 09:00+07', true, 'accepted')
                RETURNING submission_key""").param("plan", plan).param("unit", unit).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator, denominator,
                    source_cell, denominator_cell)
                SELECT :s, indicator_key, :unit, 202406, 40, 80, 'Chỉ tiêu!D11', 'Chỉ tiêu!E11'
                FROM dim_indicator WHERE plan_key = :plan AND code = 'CT05'""")
                .param("s", submission).param("unit", unit).param("plan", plan).update();
    }
}
