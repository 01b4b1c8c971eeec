package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.da06.support.ImportTest;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/** Every rejection rule of the contract: the message names the sheet, cell and rule, and nothing is loaded. */
class RejectionRuleTests extends ImportTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake(Rule.NUMERATOR_OVER_DENOMINATOR, "Chỉ tiêu!E6", "tử số 60 lớn hơn mẫu số 50", wb -> wb.indicator("CT05", 60, 50, null)),
                mistake(Rule.NUMBER_NEGATIVE, "Chỉ tiêu!E6", "âm", wb -> wb.indicator("CT05", -1, 50, null)),
                mistake(Rule.NUMBER_INVALID, "Chỉ tiêu!E6", "không phải là số", wb -> wb.indicator("CT05", "nhiều", 50, null)),
                mistake(Rule.NUMBER_NOT_WHOLE, "Chỉ tiêu!E6", "số nguyên", wb -> wb.indicator("CT05", "12,5", 50, null)),
                mistake(Rule.NUMBER_MISSING, "Chỉ tiêu!E6", "thiếu mẫu số", wb -> wb.indicator("CT05", 12, null, null)),
                mistake(Rule.INDICATOR_UNKNOWN, "Chỉ tiêu!A6", "không có chỉ tiêu CT99", wb -> wb.indicator("CT99", 1, 2, null)),
                mistake(Rule.INDICATOR_NOT_ASSIGNED, "Chỉ tiêu!A6", "không báo cáo chỉ tiêu CT09", wb -> wb.indicator("CT09", 1, 2, null)),
                mistake(Rule.INDICATOR_DUPLICATE, "Chỉ tiêu!A6", "hơn một lần", wb -> wb.indicator("CT02", 1, 2, null)),
                mistake(Rule.PERCENT_OVER_100, "Nhiệm vụ!G6", "vượt 100%", wb -> wb.task("NV14", "Đang triển khai", 120, null, null, null, null)),
                mistake(Rule.DATE_IN_FUTURE, "Nhiệm vụ!H6", "ngày hoàn thành 01/05/2024 sau ngày gửi báo cáo", wb -> wb.task("NV14", "Hoàn thành", 100, LocalDate.of(2024, 5, 1), null, null, null)),
                mistake(Rule.DATE_BEFORE_PLAN, "Nhiệm vụ!H6", "trước khi kế hoạch bắt đầu (01/01/2024)", wb -> wb.task("NV14", "Hoàn thành", 100, "01/12/2023", null, null, null)),
                mistake(Rule.DATE_INVALID, "Nhiệm vụ!H6", "không phải là ngày", wb -> wb.task("NV14", "Hoàn thành", 100, "31/02/2024", null, null, null)),
                mistake(Rule.STATUS_UNKNOWN, "Nhiệm vụ!F6", "Xong rồi", wb -> wb.task("NV14", "Xong rồi", 100, null, null, null, null)),
                mistake(Rule.TASK_DUPLICATE, "Nhiệm vụ!B6", "hơn một lần", wb -> wb.task("NV13", "Hoàn thành", 100, null, null, null, null)),
                mistake(Rule.TASK_NOT_ASSIGNED, "Nhiệm vụ!B6", "không giao cho đơn vị 21952", wb -> wb.task("NV10", null, 10, null, null, null, null)),
                mistake(Rule.TASK_UNKNOWN, "Nhiệm vụ!B6", "không có nhiệm vụ NV99", wb -> wb.task("NV99", null, 10, null, null, null, null)),
                mistake(Rule.FORMULA_FORBIDDEN, "Nhiệm vụ!I6", "HYPERLINK", wb -> wb.task("NV14", null, null, null,
                        new TestWorkbook.Formula("HYPERLINK(\"http://x\",\"x\")"), null, null)),
                mistake(Rule.UNIT_OTHER_FOLDER, "Thông tin!B3", "thư mục của đơn vị 21952", wb -> wb.cover(CoverField.UNIT_CODE, "21955").markerFor("21955", "2024-03")),
                mistake(Rule.UNIT_UNKNOWN, "Thông tin!B3", "không có đơn vị mã \"99999\"", wb -> wb.cover(CoverField.UNIT_CODE, "99999")),
                mistake(Rule.PLAN_UNKNOWN, "Thông tin!B6", "KHAC-2024", wb -> wb.cover(CoverField.PLAN_CODE, "KHAC-2024")),
                mistake(Rule.TEMPLATE_VERSION_UNKNOWN, "Thông tin!B7", "phiên bản mẫu \"9\"", wb -> wb.cover(CoverField.TEMPLATE_VERSION, "9")),
                mistake(Rule.PERIOD_INVALID, "Thông tin!B5", "tháng/năm", wb -> wb.cover(CoverField.PERIOD, "Tháng ba")),
                mistake(Rule.PERIOD_OUTSIDE_PLAN, "Thông tin!B5", "ngoài thời gian của kế hoạch", wb -> wb.cover(CoverField.PERIOD, "03/2025").markerFor("21952", "2025-03")),
                mistake(Rule.MARKER_MISMATCH, "Thông tin!B5", "được phát cho tháng 02/2024", wb -> wb.markerFor("21952", "2024-02")),
                mistake(Rule.MARKER_MISSING, "", "dấu nhận dạng", TestWorkbook::withoutMarker),
                mistake(Rule.SHEET_MISSING, "Nhiệm vụ", "không thấy trang \"Nhiệm vụ\"", wb -> wb.sheetNames("Nhiệm vụ cũ", WorkbookLayout.INDICATOR_SHEET)),
                mistake(Rule.HEADER_MISSING, "Nhiệm vụ!dòng 3", "\"Tình trạng\"", wb -> wb.taskColumns(TaskColumn.CODE, TaskColumn.PROGRESS,
                        TaskColumn.COMPLETED_ON, TaskColumn.RESULT, TaskColumn.DIFFICULTIES, TaskColumn.PROPOSALS)));
    }

    private static Arguments mistake(Rule rule, String location, String message, UnaryOperator<TestWorkbook> change) {
        return Arguments.of(rule, location, message, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void theWorkbookIsRejectedWithItsCellAndRuleAndNothingIsLoaded(Rule rule, String location, String message,
                                                                    UnaryOperator<TestWorkbook> change) throws IOException {
        TestWorkbook wb = TestWorkbook.of("21952", "2024-03", markerKey.bytes())
                .task("NV01", "Hoàn thành", 100, LocalDate.of(2024, 2, 20), null, null, null)
                .task("NV13", "Đang triển khai", 60, null, null, null, null)
                .indicator("CT02", 45, 50, null)
                .indicator("CT04", 30, 40, null);
        change.apply(wb).write(properties.inbox().resolve("21952/bao-cao.xlsx"), ImportFunctionalTests.ON_TIME);

        ImportSummary summary = launcher.run(null, notice -> { });

        assertThat(summary.rejected()).isEqualTo(1);
        ValidationError first = jdbc.sql("SELECT sheet, cell, value, rule, message FROM submission_error WHERE rule = :rule ORDER BY seq LIMIT 1")
                .param("rule", rule.name())
                .query((rs, n) -> new ValidationError(rs.getString(1), rs.getString(2), rs.getString(3),
                        Rule.valueOf(rs.getString(4)), rs.getString(5))).single();
        assertThat(first.location()).isEqualTo(location);
        assertThat(first.message()).contains(message);
        assertThat(summary.rejections().get(0).file()).isEqualTo("21952/bao-cao.xlsx");
        assertThat(summary.rejections().get(0).reasons()).anySatisfy(r -> assertThat(r).contains(rule.title()));
        assertThat(jdbc.sql("SELECT (SELECT count(*) FROM fact_task_progress) + (SELECT count(*) FROM fact_indicator_value)")
                .query(Integer.class).single()).isZero();
        assertThat(properties.rejected().resolve("21952/bao-cao.xlsx")).exists();
        assertThat(properties.rejected().resolve("21952/bao-cao_LOI.xlsx")).exists();
    }

    /** A date cell shows in the error workbook's "Lỗi" sheet as the date it holds, not Excel's serial number. */
    @org.junit.jupiter.api.Test
    void theErrorWorkbookShowsADateAsADate() throws IOException {
        TestWorkbook.of("21952", "2024-03", markerKey.bytes())
                .task("NV14", "Hoàn thành", 100, LocalDate.of(2024, 5, 1), null, null, null)
                .write(properties.inbox().resolve("21952/bao-cao.xlsx"), ImportFunctionalTests.ON_TIME);

        launcher.run(null, notice -> { });

        try (var in = java.nio.file.Files.newInputStream(properties.rejected().resolve("21952/bao-cao_LOI.xlsx"));
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            var sheet = workbook.getSheet("Lỗi");
            java.util.List<String> values = new java.util.ArrayList<>();
            for (var row : sheet) {
                if (row.getCell(4) != null && Rule.DATE_IN_FUTURE.title().equals(formatter.formatCellValue(row.getCell(4)))) {
                    values.add(formatter.formatCellValue(row.getCell(3)));
                }
            }
            assertThat(values).containsExactly("01/05/2024");
        }
    }
}
