package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.support.ImportTest;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/** The import job run on its own ({@code JobOperatorTestUtils}) and as {@code da06 import} runs it ({@link ImportLauncher}). */
class ImportFunctionalTests extends ImportTest {

    static final Instant ON_TIME = Instant.parse("2024-04-05T02:00:00Z");
    static final Instant LATE = Instant.parse("2024-04-20T02:00:00Z");

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    Job importJob;

    @BeforeEach
    void theImportJob() {
        jobs.setJob(importJob);
    }

    TestWorkbook commune() {
        return TestWorkbook.of("21952", "2024-03", markerKey.bytes())
                .task("NV01", "Hoàn thành", 100, LocalDate.of(2024, 2, 20), "Kế hoạch số 15/KH-UBND", null, null)
                .task("NV13", "Đang triển khai", 60, null, null, "Thiếu máy quét", "Đề nghị cấp thêm máy quét")
                .indicator("CT02", 45, 50, null)
                .indicator("CT04", 30, 40, "Số liệu từ hệ thống một cửa");
    }

    Path inboxFile(String unit, String name) {
        return properties.inbox().resolve(unit).resolve(name);
    }

    ImportSummary runImport() {
        return launcher.run(null, notice -> { });
    }

    @Test
    void aValidWorkbookLoadsExactlyItsValuesWithTheirSourceCells() throws IOException {
        commune().write(inboxFile("21952", "21952_2024-03.xlsx"), ON_TIME);

        ImportSummary summary = runImport();

        assertThat(summary.loaded()).isEqualTo(1);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.taskRows()).isEqualTo(2);
        assertThat(summary.indicatorRows()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT t.code, f.role, f.status, f.progress_pct, f.completed_on::text, f.result_text, f.difficulties,
                       f.proposals, f.source_cell, f.month_key
                FROM fact_task_progress f JOIN dim_task t USING (task_key) ORDER BY t.code""").query().listOfRows())
                .extracting(r -> List.of(r.get("code"), r.get("role"), r.get("status"), String.valueOf(r.get("progress_pct")),
                        String.valueOf(r.get("completed_on")), String.valueOf(r.get("result_text")),
                        String.valueOf(r.get("proposals")), r.get("source_cell"), r.get("month_key")))
                .containsExactly(
                        List.of("NV01", "cooperating", "done", "100.00", "2024-02-20", "Kế hoạch số 15/KH-UBND", "null", "Nhiệm vụ!F4", 202403),
                        List.of("NV13", "lead", "in_progress", "60.00", "null", "null", "Đề nghị cấp thêm máy quét", "Nhiệm vụ!F4".replace("4", "5"), 202403));
        assertThat(jdbc.sql("""
                SELECT i.code || ' ' || f.numerator || '/' || f.denominator || ' ' || f.source_cell || ' ' || f.denominator_cell
                FROM fact_indicator_value f JOIN dim_indicator i USING (indicator_key) ORDER BY i.code""").query(String.class).list())
                .containsExactly("CT02 45.00/50.00 Chỉ tiêu!E4 Chỉ tiêu!F4", "CT04 30.00/40.00 Chỉ tiêu!E5 Chỉ tiêu!F5");
        var submission = jdbc.sql("SELECT status, on_time, stored_path, moved_at IS NOT NULL AS moved, prepared_by FROM fact_submission")
                .query().singleRow();
        assertThat(submission).containsEntry("status", "accepted").containsEntry("on_time", true).containsEntry("moved", true)
                .containsEntry("prepared_by", "Nguyễn Văn A").containsEntry("stored_path", "archive/21952/2024-03/21952_2024-03.xlsx");
        assertThat(properties.archive().resolve("21952/2024-03/21952_2024-03.xlsx")).exists();
        assertThat(inboxFile("21952", "21952_2024-03.xlsx")).doesNotExist();
    }

    @Test
    void theJobChecksAChunksWorkbooksTogetherAndRecordsThemInOrderOfArrival() throws Exception {
        // One chunk: six versions of a unit's month, named against their order of arrival, and a rejected workbook.
        for (int version = 1; version <= 6; version++) {
            TestWorkbook.of("21952", "2024-03", markerKey.bytes()).indicator("CT02", 40 + version, 50, null)
                    .write(inboxFile("21952", "ban-" + (7 - version) + ".xlsx"), ON_TIME.plusSeconds(3600L * version));
        }
        commune().indicator("CT05", 60, 50, null).write(inboxFile("21952", "sai.xlsx"), ON_TIME.plusSeconds(3600L * 7));

        JobExecution execution = jobs.startJob(jobs.getUniqueJobParametersBuilder()
                .addString("inbox", properties.inbox().toAbsolutePath().normalize().toString()).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).singleElement().satisfies(step -> {
            assertThat(step.getReadCount()).isEqualTo(7);
            assertThat(step.getWriteCount()).isEqualTo(7);
            assertThat(step.getCommitCount()).as("one chunk, one transaction").isEqualTo(1);
        });
        assertThat(jdbc.sql("SELECT file_name || ' ' || status FROM fact_submission ORDER BY received_at").query(String.class).list())
                .containsExactly("ban-6.xlsx superseded", "ban-5.xlsx superseded", "ban-4.xlsx superseded",
                        "ban-3.xlsx superseded", "ban-2.xlsx superseded", "ban-1.xlsx accepted", "sai.xlsx rejected");
        assertThat(jdbc.sql("SELECT numerator FROM v_current_indicator_value").query(BigDecimal.class).list())
                .containsExactly(new BigDecimal("46.00"));
        try (Stream<Path> archived = Files.list(properties.archive().resolve("21952/2024-03"))) {
            assertThat(archived).hasSize(6);
        }
        assertThat(properties.rejected().resolve("21952/sai_LOI.xlsx")).exists();
        try (Stream<Path> left = Files.walk(properties.inbox())) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aWorkbookTheDatabaseRefusesDespiteTheChecksIsRejectedAloneAndTheRestOfItsChunkLoads() throws Exception {
        // The chunk's workbooks load together; this constraint makes the database refuse one of them.
        jdbc.sql("ALTER TABLE fact_indicator_value ADD CONSTRAINT test_refuses_41 CHECK (numerator <> 41)").update();
        try {
            for (int version = 1; version <= 3; version++) {
                TestWorkbook.of("21952", "2024-03", markerKey.bytes()).indicator("CT02", 39 + version, 50, null)
                        .write(inboxFile("21952", "ban-" + version + ".xlsx"), ON_TIME.plusSeconds(3600L * version));
            }

            ImportSummary summary = runImport();

            assertThat(summary.loaded()).isEqualTo(2);
            assertThat(summary.rejected()).isEqualTo(1);
        } finally {
            jdbc.sql("ALTER TABLE fact_indicator_value DROP CONSTRAINT test_refuses_41").update();
        }
        assertThat(jdbc.sql("SELECT file_name || ' ' || status FROM fact_submission ORDER BY received_at").query(String.class).list())
                .containsExactly("ban-1.xlsx superseded", "ban-2.xlsx rejected", "ban-3.xlsx accepted");
        assertThat(jdbc.sql("SELECT rule || ' ' || message FROM submission_error").query(String.class).single())
                .startsWith("DATABASE_REJECTED cơ sở dữ liệu không nhận số liệu của tệp");
        assertThat(jdbc.sql("SELECT numerator FROM v_current_indicator_value").query(BigDecimal.class).list())
                .containsExactly(new BigDecimal("42.00"));
        assertThat(properties.archive().resolve("21952/2024-03/ban-1.xlsx")).isRegularFile();
        assertThat(properties.archive().resolve("21952/2024-03/ban-3.xlsx")).isRegularFile();
        assertThat(properties.rejected().resolve("21952/ban-2.xlsx")).isRegularFile();
    }

    @Test
    void aWorkbookAtTheTopOfTheInboxIsFiledUnderTheUnitItsSignedMarkerNames() throws IOException {
        commune().write(properties.inbox().resolve("bao-cao-gui-qua-thu.xlsx"), ON_TIME);
        commune().withoutMarker().write(properties.inbox().resolve("khong-dau.xlsx"), ON_TIME);

        runImport();

        assertThat(jdbc.sql("SELECT file_name || ' ' || inbox_folder || ' ' || status FROM fact_submission ORDER BY file_name")
                .query(String.class).list())
                .containsExactly("bao-cao-gui-qua-thu.xlsx 21952 accepted", "khong-dau.xlsx  rejected");
        assertThat(properties.archive().resolve("21952/2024-03/bao-cao-gui-qua-thu.xlsx")).isRegularFile();
        assertThat(jdbc.sql("SELECT message FROM submission_error").query(String.class).single())
                .contains("không mang dấu nhận dạng mẫu da06");
    }

    @Test
    void aLateWorkbookIsRecordedLate() throws IOException {
        commune().write(inboxFile("21952", "bao-cao.xlsx"), LATE);
        runImport();
        assertThat(jdbc.sql("SELECT on_time FROM fact_submission").query(Boolean.class).single()).isFalse();
    }

    @Test
    void numbersAsTextDecomposedUnicodeAndMovedColumnsLoadCorrectly() throws IOException {
        String nfdStatus = Normalizer.normalize("hoàn thành", Normalizer.Form.NFD).toUpperCase();
        TestWorkbook.of("21952", "2024-03", markerKey.bytes())
                .taskColumns(TaskColumn.PROPOSALS, TaskColumn.CODE, TaskColumn.COMPLETED_ON, TaskColumn.STATUS,
                        TaskColumn.PROGRESS, TaskColumn.RESULT, TaskColumn.DIFFICULTIES)
                .indicatorColumns(IndicatorColumn.NOTE, IndicatorColumn.DENOMINATOR, IndicatorColumn.CODE, IndicatorColumn.NUMERATOR)
                .sheetNames(Normalizer.normalize("NHIỆM  VỤ", Normalizer.Form.NFD), "chi tieu")
                .task("NV01", nfdStatus, "85,5%", "20/02/2024", Normalizer.normalize("Đã ban hành", Normalizer.Form.NFD), null, null)
                .task("nv 13", "dang trien khai", "60%", null, null, null, null)
                .task("NV14", "Đã hoàn thành", " 100 ", "2024-03-01", null, null, null)
                .indicator("CT02", "1.234", "1.500", null)
                .indicator("ct4", " 30 ", "40", null)
                .write(inboxFile("21952", "x.xlsx"), ON_TIME);

        ImportSummary summary = runImport();

        assertThat(summary.rejections()).isEmpty();
        assertThat(jdbc.sql("""
                SELECT t.code || ' ' || f.status || ' ' || f.progress_pct || ' ' || coalesce(f.completed_on::text, '-') || ' '
                       || coalesce(f.result_text, '-')
                FROM fact_task_progress f JOIN dim_task t USING (task_key) ORDER BY t.code""").query(String.class).list())
                .containsExactly("NV01 done 85.50 2024-02-20 Đã ban hành", "NV13 in_progress 60.00 - -",
                        "NV14 done 100.00 2024-03-01 -");
        assertThat(jdbc.sql("SELECT result_text FROM fact_task_progress WHERE result_text IS NOT NULL").query(String.class).single())
                .isEqualTo(Normalizer.normalize("Đã ban hành", Normalizer.Form.NFC));
        assertThat(jdbc.sql("""
                SELECT i.code || ' ' || f.numerator || '/' || f.denominator || ' ' || f.source_cell
                FROM fact_indicator_value f JOIN dim_indicator i USING (indicator_key) ORDER BY i.code""").query(String.class).list())
                .containsExactly("CT02 1234.00/1500.00 chi tieu!D4".replace("chi tieu", "Chỉ tiêu"),
                        "CT04 30.00/40.00 Chỉ tiêu!D5");
    }

    @Test
    void aLaterWorkbookSupersedesAndBothStayOnRecord() throws IOException {
        commune().write(inboxFile("21952", "lan1.xlsx"), ON_TIME);
        runImport();
        TestWorkbook.of("21952", "2024-03", markerKey.bytes()).indicator("CT02", 48, 50, "Sửa lại")
                .write(inboxFile("21952", "lan2.xlsx"), ON_TIME.plusSeconds(86_400));

        ImportSummary second = runImport();

        assertThat(second.replacedEarlier()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT file_name || ' ' || status FROM fact_submission ORDER BY submission_key").query(String.class).list())
                .containsExactly("lan1.xlsx superseded", "lan2.xlsx accepted");
        assertThat(jdbc.sql("SELECT numerator FROM v_current_indicator_value").query(BigDecimal.class).list())
                .containsExactly(new BigDecimal("48.00"));
        assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_value").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void anOlderWorkbookArrivingLaterDoesNotReplaceTheNewerOne() throws IOException {
        commune().write(inboxFile("21952", "moi.xlsx"), ON_TIME.plusSeconds(86_400));
        runImport();
        TestWorkbook.of("21952", "2024-03", markerKey.bytes()).indicator("CT02", 1, 50, null)
                .write(inboxFile("21952", "cu.xlsx"), ON_TIME);

        ImportSummary summary = runImport();

        assertThat(summary.arrivedSuperseded()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT file_name FROM fact_submission WHERE status = 'accepted'").query(String.class).single())
                .isEqualTo("moi.xlsx");
    }

    @Test
    void theSameFileAgainIsADuplicateAndChangesNothing() throws IOException {
        Path first = commune().write(inboxFile("21952", "a.xlsx"), ON_TIME);
        Path copy = properties.home().resolve("copy.xlsx");
        Files.copy(first, copy);
        runImport();
        String facts = factsFingerprint();
        Files.createDirectories(inboxFile("21952", "b.xlsx").getParent());
        Files.copy(copy, inboxFile("21952", "b.xlsx"));

        ImportSummary summary = runImport();

        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.loaded()).isZero();
        assertThat(factsFingerprint()).isEqualTo(facts);
        assertThat(jdbc.sql("SELECT status FROM fact_submission ORDER BY submission_key").query(String.class).list())
                .containsExactly("accepted", "duplicate");
        assertThat(properties.archive().resolve("21952/2024-03/b.xlsx")).exists();
    }

    @Test
    void aNameAlreadyInTheArchiveGetsASuffixNeverOverwrites() throws IOException {
        commune().write(inboxFile("21952", "bc.xlsx"), ON_TIME);
        runImport();
        TestWorkbook.of("21952", "2024-03", markerKey.bytes()).indicator("CT02", 49, 50, null)
                .write(inboxFile("21952", "bc.xlsx"), ON_TIME.plusSeconds(3600));
        runImport();
        assertThat(properties.archive().resolve("21952/2024-03/bc.xlsx")).exists();
        assertThat(properties.archive().resolve("21952/2024-03/bc_2.xlsx")).exists();
    }

    @Test
    void filesThatAreNotWorkbooksAreRejectedWithAReportAndTheRunGoesOn() throws IOException {
        Path text = inboxFile("21952", "ghi-chu.xlsx");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "mã,tên\n21952,Tuy Phước\n");
        Files.write(inboxFile("21952", "rong.xlsx"), new byte[0]);
        Files.writeString(properties.inbox().resolve("lac-cho.xlsx"), "x");
        commune().write(inboxFile("21952", "dung.xlsx"), ON_TIME);

        ImportSummary summary = runImport();

        assertThat(summary.loaded()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(rules()).containsEntry("ghi-chu.xlsx", "FILE_NOT_XLSX").containsEntry("rong.xlsx", "FILE_EMPTY")
                .containsEntry("lac-cho.xlsx", "FILE_OUTSIDE_UNIT_FOLDER");
        assertThat(properties.rejected().resolve("21952/ghi-chu.xlsx")).exists();
        assertThat(properties.rejected().resolve("21952/ghi-chu_LOI.xlsx")).exists();
        assertThat(properties.rejected().resolve(StoredFiles.NO_UNIT_FOLDER + "/lac-cho.xlsx")).exists();
        try (Stream<Path> left = Files.walk(properties.inbox())) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aRejectedWorkbookGetsAnErrorReportWithTheCellHighlightedAndCommented() throws IOException {
        commune().indicator("CT05", 60, 50, null).write(inboxFile("21952", "sai.xlsx"), ON_TIME);

        ImportSummary summary = runImport();

        assertThat(summary.rejections()).singleElement().satisfies(r ->
                assertThat(r.reasons().get(0)).startsWith("Chỉ tiêu!E6: Tử số không được lớn hơn mẫu số"));
        try (InputStream in = Files.newInputStream(properties.rejected().resolve("21952/sai_LOI.xlsx"));
             XSSFWorkbook report = new XSSFWorkbook(in)) {
            Sheet errors = report.getSheet(WorkbookLayout.ERROR_SHEET);
            assertThat(errors.getRow(3).getCell(0).getStringCellValue()).isEqualTo("21952/sai.xlsx");
            assertThat(errors.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(errors.getRow(3).getCell(2).getStringCellValue()).isEqualTo("E6");
            assertThat(errors.getRow(3).getCell(3).getStringCellValue()).isEqualTo("60");
            assertThat(errors.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Tử số không được lớn hơn mẫu số");
            var cell = report.getSheet(WorkbookLayout.INDICATOR_SHEET).getRow(5).getCell(4);
            assertThat(cell.getCellComment().getString().getString()).contains("tử số 60 lớn hơn mẫu số 50");
            assertThat(cell.getCellStyle().getFillForegroundColor()).isNotZero();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM fact_task_progress").query(Integer.class).single()).isZero();
    }

    private Map<String, String> rules() {
        return jdbc.sql("""
                SELECT s.file_name, e.rule FROM fact_submission s JOIN submission_error e USING (submission_key)
                WHERE e.seq = 1""").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String factsFingerprint() {
        return jdbc.sql("""
                SELECT md5(coalesce(string_agg(x, '|' ORDER BY x), '')) FROM (
                  SELECT f.unit_key || ' ' || f.month_key || ' ' || f.task_key || ' ' || coalesce(f.status, '')
                         || ' ' || coalesce(f.progress_pct::text, '') AS x FROM v_current_task_progress f
                  UNION ALL SELECT f.unit_key || ' ' || f.month_key || ' ' || f.indicator_key || ' ' || f.numerator
                         || '/' || f.denominator FROM v_current_indicator_value f) s""").query(String.class).single();
    }
}
