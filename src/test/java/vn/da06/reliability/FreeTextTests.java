package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.da06.submission.ImportSummary;
import vn.da06.submission.TestWorkbook;
import vn.da06.support.ImportTest;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;

/**
 * Text a person types that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first)
 * is stored as the text typed, and nothing da06 writes back turns it, or a formula a file carried, into a formula.
 */
class FreeTextTests extends ImportTest {

    private static final String DDE = "cmd|' /C calc'!A0";

    @Test
    void textThatLooksLikeAFormulaIsStoredAsTheTextTyped() throws IOException {
        TestWorkbook.of("21952", "2024-03", markerKey.bytes())
                .cover(CoverField.PREPARED_BY, "=HYPERLINK(\"http://example.invalid\",\"Nguyễn\")")
                .task("NV13", "Đang triển khai", 50, null, "=1+2", "+84 912 345 678", "@SUM(A1:A3)")
                .task("NV14", "Đang triển khai", 20, null, "=" + DDE, "-Thiếu máy quét", null)
                .indicator("CT02", 45, 50, "-5 so với tháng trước")
                .write(properties.inbox().resolve("21952/van-ban.xlsx"), HostileCorpus.ARRIVAL);

        ImportSummary summary = launcher.run(null, n -> { });

        assertThat(summary.loaded()).as(String.valueOf(summary.rejections())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT prepared_by FROM fact_submission").query(String.class).single())
                .isEqualTo("=HYPERLINK(\"http://example.invalid\",\"Nguyễn\")");
        assertThat(jdbc.sql("""
                SELECT t.code, f.result_text, f.difficulties, f.proposals
                FROM fact_task_progress f JOIN dim_task t USING (task_key) ORDER BY t.code""").query().listOfRows())
                .containsExactly(
                        Map.of("code", "NV13", "result_text", "=1+2", "difficulties", "+84 912 345 678", "proposals", "@SUM(A1:A3)"),
                        row("NV14", "=" + DDE, "-Thiếu máy quét"));
        assertThat(jdbc.sql("SELECT note FROM fact_indicator_value").query(String.class).single()).isEqualTo("-5 so với tháng trước");
    }

    @Test
    void theErrorReportHoldsNoFormulaNeitherFromValuesNorFromTheWorkbook() throws IOException {
        Path plain = properties.home().resolve("dde-source.xlsx");
        HostileCorpus.validWorkbook(markerKey.bytes()).task("NV14", "=" + DDE, 10, null, null, null, null)
                .write(plain, HostileCorpus.ARRIVAL);
        Path inboxFile = properties.inbox().resolve("21952/dde.xlsx");
        HostileCorpus.withFormula(Files.readAllBytes(plain), DDE).write(inboxFile);
        Files.setLastModifiedTime(inboxFile, FileTime.from(HostileCorpus.ARRIVAL));

        ImportSummary summary = launcher.run(null, n -> { });

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT rule FROM submission_error ORDER BY seq").query(String.class).list())
                .contains("FORMULA_FORBIDDEN", "STATUS_UNKNOWN");
        try (InputStream in = Files.newInputStream(properties.rejected().resolve("21952/dde_LOI.xlsx"));
             XSSFWorkbook report = new XSSFWorkbook(in)) {
            assertThat(formulas(report)).as("formula cells in the error report").isEmpty();
            Sheet errors = report.getSheet(WorkbookLayout.ERROR_SHEET);
            List<String> values = new ArrayList<>();
            for (Row row : errors) {
                Cell value = row.getCell(3);
                if (value != null && row.getRowNum() > 2) {
                    assertThat(value.getCellType()).isEqualTo(CellType.STRING);
                    values.add(value.getStringCellValue());
                }
            }
            assertThat(values).contains("=" + DDE);
            Cell flagged = report.getSheet(WorkbookLayout.TASK_SHEET).getRow(3).getCell(8);
            assertThat(flagged.getCellType()).isEqualTo(CellType.STRING);
            assertThat(flagged.getStringCellValue()).isEqualTo("=" + DDE);
        }
    }

    private static Map<String, Object> row(String code, String result, String difficulties) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("code", code);
        row.put("result_text", result);
        row.put("difficulties", difficulties);
        row.put("proposals", null);
        return row;
    }

    private static List<String> formulas(XSSFWorkbook workbook) {
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula());
                    }
                }
            }
        }
        return formulas;
    }
}
