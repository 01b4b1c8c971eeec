package vn.da06.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.da06.plan.PlanImporter;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/**
 * Pre-filling from accepted facts. The facts belong to a commune added for the test (rolled back afterwards), so
 * what other tests import cannot collide with them.
 */
@Da06SpringTest
@Transactional
class TemplatePrefillTests {

    private static final String PLAN = "TUYPHUOC-2024";
    private static final String UNIT = "TESTXA";

    @Autowired
    PlanImporter importer;

    @Autowired
    TemplateGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private int unitKey;

    @BeforeEach
    void aCommuneWithThreeMonthsOfAcceptedReports() {
        importer.importBundled();
        unitKey = jdbc.sql("""
                INSERT INTO dim_unit (code, name, kind, valid_from) VALUES (:code, 'Xã Thử Nghiệm', 'commune', date '2024-01-01')
                RETURNING unit_key""").param("code", UNIT).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO dim_unit_group_member (unit_group_key, unit_key)
                SELECT g.unit_group_key, :unit FROM dim_unit_group g JOIN dim_plan p USING (plan_key)
                WHERE p.code = :plan AND g.code = 'XA'""").param("unit", unitKey).param("plan", PLAN).update();

        long january = submission(202401, "accepted", null);
        task(january, "NV13", "in_progress", 40, null, null);
        task(january, "NV14", "in_progress", 25, null, "Kế hoạch số 3/KH-UBND");
        indicator(january, "CT01", 40, 100);
        long february = submission(202402, "accepted", null);
        task(february, "NV13", "in_progress", 60, null, "Đã tổ chức 2 buổi tuyên truyền");
        task(february, "NV01", "done", 100, LocalDate.of(2024, 2, 20), "Kế hoạch số 12/KH-UBND ngày 20/02/2024");
        task(february, "NV07", "done", 100, LocalDate.of(2024, 2, 21), "Báo cáo số 5/BC-UBND");
        indicator(february, "CT01", 50, 100);
        indicator(february, "CT02", 30, 60);
        long replaced = submission(202402, "superseded", february);
        task(replaced, "NV13", "in_progress", 99, null, null);
        long march = submission(202403, "accepted", null);
        task(march, "NV13", "in_progress", 80, null, null);
        indicator(march, "CT01", 70, 100);
    }

    @Test
    void theTemplateShowsEachRowsLatestAcceptedValuesBeforeItsMonth() throws IOException {
        List<TemplateGenerator.Generated> written = generator.generate(PLAN, YearMonth.of(2024, 3), List.of(UNIT), dir);
        assertThat(written).singleElement().satisfies(g -> assertThat(g.prefilledFrom()).isEqualTo(YearMonth.of(2024, 2)));

        try (XSSFWorkbook workbook = Workbooks.open(written.get(0).path())) {
            XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
            int nv13 = row(tasks, TaskColumn.CODE.ordinal(), "NV13");
            assertThat(cellTexts(tasks, nv13, TaskColumn.STATUS, TaskColumn.PROGRESS, TaskColumn.COMPLETED_ON, TaskColumn.RESULT))
                    .containsExactly("Đang triển khai", "60", "", "Đã tổ chức 2 buổi tuyên truyền");
            assertPrefilled(cell(tasks, nv13, TaskColumn.STATUS.ordinal()), "Số liệu tháng 02/2024, hãy cập nhật.");

            int nv14 = row(tasks, TaskColumn.CODE.ordinal(), "NV14");
            assertThat(cellTexts(tasks, nv14, TaskColumn.STATUS, TaskColumn.PROGRESS))
                    .containsExactly("Đang triển khai", "25");
            assertPrefilled(cell(tasks, nv14, TaskColumn.STATUS.ordinal()), "Số liệu tháng 01/2024, hãy cập nhật.");

            int nv01 = row(tasks, TaskColumn.CODE.ordinal(), "NV01");
            assertThat(cellTexts(tasks, nv01, TaskColumn.STATUS, TaskColumn.PROGRESS, TaskColumn.COMPLETED_ON))
                    .containsExactly("Hoàn thành", "100", "20/02/2024");
            assertThat(cell(tasks, nv01, TaskColumn.COMPLETED_ON.ordinal()).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 2, 20));

            // A monthly task is done anew every month: last month's values are a hint, not a pre-fill.
            int nv07 = row(tasks, TaskColumn.CODE.ordinal(), "NV07");
            assertThat(cellTexts(tasks, nv07, TaskColumn.STATUS, TaskColumn.COMPLETED_ON)).containsExactly("", "");
            assertThat(cell(tasks, nv07, TaskColumn.STATUS.ordinal()).getCellComment().getString().getString())
                    .contains("Tháng 02/2024: Hoàn thành, hoàn thành ngày 21/02/2024");

            int nv02 = row(tasks, TaskColumn.CODE.ordinal(), "NV02");
            XSSFCell untouched = cell(tasks, nv02, TaskColumn.STATUS.ordinal());
            assertThat(untouched.getStringCellValue()).isEmpty();
            assertThat(untouched.getCellComment()).isNull();
            assertThat(fill(untouched)).isEqualTo(TemplateStyles.INPUT_FILL);

            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
            int ct01 = row(indicators, IndicatorColumn.CODE.ordinal(), "CT01");
            assertThat(List.of(Workbooks.text(indicators, ct01, IndicatorColumn.NUMERATOR.ordinal()),
                    Workbooks.text(indicators, ct01, IndicatorColumn.DENOMINATOR.ordinal()),
                    Workbooks.text(indicators, ct01, IndicatorColumn.RATIO.ordinal()))).containsExactly("50", "100", "50.00");
            assertPrefilled(cell(indicators, ct01, IndicatorColumn.NUMERATOR.ordinal()), "Số liệu tháng 02/2024, hãy cập nhật.");
            assertThat(fill(cell(indicators, ct01, IndicatorColumn.DENOMINATOR.ordinal()))).isEqualTo(TemplateStyles.PREFILLED_FILL);

            // CT02 counts the month's dossiers: a hint only, never carried over.
            int ct02 = row(indicators, IndicatorColumn.CODE.ordinal(), "CT02");
            XSSFCell numerator = cell(indicators, ct02, IndicatorColumn.NUMERATOR.ordinal());
            assertThat(Workbooks.text(indicators, ct02, IndicatorColumn.NUMERATOR.ordinal())).isEmpty();
            assertThat(numerator.getCellComment().getString().getString()).startsWith("Tháng 02/2024: tử số 30, mẫu số 60.");
            assertThat(fill(numerator)).isEqualTo(TemplateStyles.INPUT_FILL);
        }
    }

    @Test
    void aUnitWithoutAcceptedReportsGetsAnEmptyTemplate() {
        List<TemplateGenerator.Generated> written = generator.generate(PLAN, YearMonth.of(2024, 1), List.of(UNIT), dir);
        assertThat(written).singleElement().satisfies(g -> assertThat(g.prefilledFrom()).isNull());
    }

    private long submission(int month, String status, Long supersededBy) {
        return jdbc.sql("""
                INSERT INTO fact_submission (plan_key, unit_key, month_key, inbox_folder, file_name, file_hash, file_size,
                                             received_at, on_time, status, superseded_by)
                SELECT p.plan_key, :unit, :month, :folder, :file, repeat(:digit, 64), 1000, now(), true, :status, :replacedBy
                FROM dim_plan p WHERE p.code = :plan RETURNING submission_key""")
                .param("unit", unitKey).param("month", month).param("folder", UNIT).param("file", UNIT + "_" + month + ".xlsx")
                .param("digit", Integer.toString(month % 10)).param("status", status).param("replacedBy", supersededBy)
                .param("plan", PLAN).query(Long.class).single();
    }

    private void task(long submission, String code, String status, int progress, LocalDate completedOn, String result) {
        jdbc.sql("""
                INSERT INTO fact_task_progress (submission_key, task_key, unit_key, month_key, role, status, progress_pct,
                                                completed_on, result_text, source_cell)
                SELECT s.submission_key, t.task_key, s.unit_key, s.month_key, 'cooperating', :status, :progress, :completed,
                       :result, 'Nhiệm vụ!F4'
                FROM fact_submission s JOIN dim_task t ON t.plan_key = s.plan_key AND t.code = :code
                WHERE s.submission_key = :submission""")
                .param("submission", submission).param("code", code).param("status", status).param("progress", progress)
                .param("completed", completedOn).param("result", result).update();
    }

    private void indicator(long submission, String code, int numerator, int denominator) {
        jdbc.sql("""
                INSERT INTO fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator, denominator,
                                                  source_cell, denominator_cell)
                SELECT s.submission_key, i.indicator_key, s.unit_key, s.month_key, :numerator, :denominator,
                       'Chỉ tiêu!E4', 'Chỉ tiêu!F4'
                FROM fact_submission s JOIN dim_indicator i ON i.plan_key = s.plan_key AND i.code = :code
                WHERE s.submission_key = :submission""")
                .param("submission", submission).param("code", code).param("numerator", numerator)
                .param("denominator", denominator).update();
    }

    private static void assertPrefilled(XSSFCell cell, String comment) {
        assertThat(fill(cell)).isEqualTo(TemplateStyles.PREFILLED_FILL);
        assertThat(cell.getCellComment()).isNotNull();
        assertThat(cell.getCellComment().getString().getString()).isEqualTo(comment);
    }

    private static byte[] fill(XSSFCell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getRGB();
    }

    private static int row(XSSFSheet sheet, int codeColumn, String code) {
        return Workbooks.dataRows(sheet).stream().filter(r -> code.equals(Workbooks.text(sheet, r, codeColumn)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + code));
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static List<String> cellTexts(XSSFSheet sheet, int row, TaskColumn... columns) {
        return Arrays.stream(columns).map(c -> Workbooks.text(sheet, row, c.ordinal())).toList();
    }
}
