package vn.da06.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.plan.PlanImporter;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.MarkerKey;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;
import vn.da06.workbook.WorkbookMarker;

@Da06SpringTest
public class TemplateWorkbookTests {

    private static final String PLAN = "TUYPHUOC-2024";
    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    /** Header row of the task and indicator sheets, 0-based (Excel row 3), as promised to the import. */
    private static final int HEADER_ROW = 2;

    @Autowired
    PlanImporter importer;

    @Autowired
    TemplateGenerator generator;

    @Autowired
    MarkerKey markerKey;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void bundledPlanLoaded() {
        importer.importBundled();
    }

    @Test
    void aCommuneTemplateListsExactlyTheTasksAndIndicatorsThePlanAssignsToIt() throws IOException {
        Path file = single(generator.generate(PLAN, MARCH, List.of("21958"), dir));
        assertThat(file.getFileName()).hasToString("21958_2024-03.xlsx");

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
            // Xã Phước Thắng leads the tasks "UBND các xã, thị trấn" or "Các cơ quan, đơn vị" lead (13, 14, 28) and
            // cooperates on those the communes cooperate on.
            List<String> cooperating = List.of("NV01", "NV02", "NV03", "NV04", "NV05", "NV06", "NV07", "NV08", "NV09",
                    "NV11", "NV12", "NV15", "NV18", "NV20", "NV21", "NV22", "NV26", "NV32");
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= 32; n++) {
                String code = String.format("NV%02d", n);
                if (List.of("NV13", "NV14", "NV28").contains(code)) {
                    expected.add(code + " Chủ trì");
                } else if (cooperating.contains(code)) {
                    expected.add(code + " Phối hợp");
                }
            }
            List<String> rows = Workbooks.dataRows(tasks).stream().map(r -> Workbooks.text(tasks, r, TaskColumn.CODE.ordinal()) + " "
                    + Workbooks.text(tasks, r, TaskColumn.ROLE.ordinal())).toList();
            assertThat(rows).containsExactlyElementsOf(expected);

            Map<String, String> planned = jdbc.sql("""
                            SELECT t.code, t.content || ' | ' || t.deadline_text FROM dim_task t JOIN dim_plan p USING (plan_key)
                            WHERE p.code = :plan""").param("plan", PLAN)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            for (int r : Workbooks.dataRows(tasks)) {
                String code = Workbooks.text(tasks, r, TaskColumn.CODE.ordinal());
                assertThat(Workbooks.text(tasks, r, TaskColumn.CONTENT.ordinal()) + " | "
                        + Workbooks.text(tasks, r, TaskColumn.DEADLINE.ordinal())).as(code).isEqualTo(planned.get(code));
                assertThat(Workbooks.text(tasks, r, TaskColumn.NUMBER.ordinal())).isEqualTo(Integer.toString(r - HEADER_ROW));
            }

            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
            assertThat(Workbooks.dataRows(indicators)).extracting(r -> Workbooks.text(indicators, r, IndicatorColumn.CODE.ordinal()))
                    .containsExactly("CT01", "CT02", "CT03", "CT04", "CT05", "CT07");
            int ct04 = Workbooks.dataRows(indicators).get(3);
            assertThat(Workbooks.text(indicators, ct04, IndicatorColumn.NAME.ordinal()))
                    .isEqualTo("Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa");
            assertThat(Workbooks.text(indicators, ct04, IndicatorColumn.METHOD.ordinal()))
                    .isEqualTo("Tử số: Số hồ sơ, kết quả giải quyết TTHC được số hóa / Mẫu số: Số hồ sơ TTHC tiếp nhận trong tháng");
            assertThat(Workbooks.text(indicators, ct04, IndicatorColumn.TARGET.ordinal())).isEqualTo("80");
            assertThat(indicators.getRow(ct04).getCell(IndicatorColumn.RATIO.ordinal()).getCellFormula())
                    .isEqualTo("IF(AND(ISNUMBER(E7),ISNUMBER(F7),F7>0),ROUND(E7/F7*100,2),\"\")");
        }
    }

    @Test
    void theGuideNamesTheTeamOfThePlansGround() throws IOException {
        importer.importBundled("GIALAI-2025");
        Path district = single(generator.generate(PLAN, MARCH, List.of("21958"), dir));
        Path province = single(generator.generate("GIALAI-2025", YearMonth.of(2025, 7), List.of("CAT"), dir));

        assertThat(guide(district)).contains("gửi tệp qua thư điện tử của Tổ công tác Đề án 06 huyện.")
                .contains("Đề xuất, kiến nghị với huyện, nếu có.");
        assertThat(guide(province)).contains("gửi tệp qua thư điện tử của Tổ công tác Đề án 06 tỉnh.")
                .contains("Đề xuất, kiến nghị với tỉnh, nếu có.").doesNotContain("huyện");
    }

    private static String guide(Path file) throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet guide = workbook.getSheet("Hướng dẫn");
            StringBuilder text = new StringBuilder();
            guide.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
            return text.toString();
        }
    }

    @Test
    void everyReportingUnitGetsItsOwnRowsAndNoOtherUnitGetsATemplate() throws IOException {
        List<TemplateGenerator.Generated> written = generator.generate(PLAN, MARCH, List.of(), dir);

        List<String> reporting = jdbc.sql("""
                SELECT DISTINCT u.code FROM dim_unit u
                JOIN dim_unit_group_member m ON m.unit_key = u.unit_key
                JOIN dim_unit_group g ON g.unit_group_key = m.unit_group_key
                JOIN dim_plan p ON p.plan_key = g.plan_key
                WHERE p.code = :plan AND (EXISTS (SELECT 1 FROM bridge_task_assignee a WHERE a.unit_group_key = g.unit_group_key)
                                          OR EXISTS (SELECT 1 FROM bridge_indicator_reporter r WHERE r.unit_group_key = g.unit_group_key))
                  AND u.valid_from <= date '2024-03-31' AND coalesce(u.valid_to, date '9999-12-31') >= date '2024-03-01'
                UNION
                SELECT u.code FROM dim_unit u
                WHERE u.unit_key IN (SELECT unit_key FROM bridge_task_assignee UNION SELECT unit_key FROM bridge_indicator_reporter)
                  AND u.valid_from <= date '2024-03-31' AND coalesce(u.valid_to, date '9999-12-31') >= date '2024-03-01'
                """).param("plan", PLAN).query(String.class).list();
        assertThat(written).extracting(TemplateGenerator.Generated::unitCode).containsExactlyInAnyOrderElementsOf(reporting)
                .hasSize(28).doesNotContain("550", "TPDONG");
        for (TemplateGenerator.Generated g : written) {
            try (XSSFWorkbook workbook = Workbooks.open(g.path())) {
                XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
                assertThat(Workbooks.dataRows(tasks)).extracting(r -> Workbooks.text(tasks, r, TaskColumn.CODE.ordinal()))
                        .as(g.unitCode()).containsExactlyElementsOf(assignedTasks(g.unitCode()));
                XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
                assertThat(Workbooks.dataRows(indicators)).extracting(r -> Workbooks.text(indicators, r, IndicatorColumn.CODE.ordinal()))
                        .as(g.unitCode()).containsExactlyElementsOf(reportedIndicators(g.unitCode()));
            }
        }
    }

    @Test
    void headersAreExactlyTheContractsOnRowThree() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(single(generator.generate(PLAN, MARCH, List.of("VPUB"), dir)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Thông tin");
            assertThat(Arrays.asList(workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                    .containsExactly("Nhiệm vụ", "Chỉ tiêu", "Hướng dẫn");
            XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
            assertThat(Workbooks.headerRow(tasks, "STT")).containsExactly("STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ",
                    "Thời hạn", "Vai trò", "Tình trạng", "Tiến độ (%)", "Ngày hoàn thành", "Kết quả / sản phẩm",
                    "Khó khăn, vướng mắc", "Đề xuất, kiến nghị");
            assertThat(Workbooks.text(tasks, HEADER_ROW, 0)).isEqualTo("STT");
            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
            assertThat(Workbooks.headerRow(indicators, "Mã chỉ tiêu")).containsExactly("Mã chỉ tiêu", "Chỉ tiêu", "Cách tính",
                    "Mục tiêu (%)", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Ghi chú");
            assertThat(Workbooks.text(indicators, HEADER_ROW, 0)).isEqualTo("Mã chỉ tiêu");

            XSSFSheet cover = workbook.getSheet(WorkbookLayout.COVER_SHEET);
            List<String> labels = new ArrayList<>();
            for (int r = 0; r <= cover.getLastRowNum(); r++) {
                CoverField.byLabel(Workbooks.text(cover, r, 0)).ifPresent(f -> labels.add(f.label()));
            }
            assertThat(labels).containsExactly("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Mã kế hoạch", "Phiên bản mẫu",
                    "Người lập", "Số điện thoại", "Ngày lập");
            assertThat(coverValue(cover, CoverField.UNIT_NAME).getStringCellValue()).isEqualTo("Văn phòng HĐND & UBND huyện");
            assertThat(coverValue(cover, CoverField.TEMPLATE_VERSION).getStringCellValue()).isEqualTo(WorkbookLayout.TEMPLATE_VERSION);
            assertThat(Workbooks.text(workbook.getSheet(WorkbookLayout.GUIDE_SHEET), 0, 0)).isEqualTo("HƯỚNG DẪN LẬP BÁO CÁO THÁNG ĐỀ ÁN 06");
        }
    }

    @Test
    void theMarkerIsAuthenticVeryHiddenAndMatchesTheCover() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(single(generator.generate(PLAN, MARCH, List.of("21952"), dir)))) {
            List<String> rows = Workbooks.markerRows(workbook);
            assertThat(rows).extracting(r -> r.substring(0, r.indexOf('=')))
                    .containsExactly("plan", "unit", "month", "version", "signature");
            List<String> values = rows.stream().map(r -> r.substring(r.indexOf('=') + 1)).toList();
            WorkbookMarker marker = new WorkbookMarker(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4));
            assertThat(marker.isAuthentic(markerKey.bytes())).isTrue();
            assertThat(new WorkbookMarker(marker.planCode(), "21955", marker.month(), marker.templateVersion(),
                    marker.signature()).isAuthentic(markerKey.bytes())).isFalse();
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(WorkbookLayout.MARKER_SHEET)))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);

            XSSFSheet cover = workbook.getSheet(WorkbookLayout.COVER_SHEET);
            XSSFCell unitCode = coverValue(cover, CoverField.UNIT_CODE);
            assertThat(unitCode.getCellType()).isEqualTo(CellType.STRING);
            assertThat(unitCode.getStringCellValue()).isEqualTo(marker.unitCode()).isEqualTo("21952");
            assertThat(coverValue(cover, CoverField.PERIOD).getStringCellValue()).isEqualTo("03/2024");
            assertThat(marker.month()).isEqualTo("2024-03");
            assertThat(coverValue(cover, CoverField.PLAN_CODE).getStringCellValue()).isEqualTo(marker.planCode()).isEqualTo(PLAN);
            assertThat(coverValue(cover, CoverField.TEMPLATE_VERSION).getStringCellValue()).isEqualTo(marker.templateVersion());
        }
    }

    @Test
    void inputsHaveTheirDropdownAndValidations() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(single(generator.generate(PLAN, MARCH, List.of("VPUB"), dir)))) {
            XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
            List<Integer> taskRows = Workbooks.dataRows(tasks);
            int first = taskRows.get(0);
            int last = taskRows.get(taskRows.size() - 1);

            XSSFDataValidation status = validationOf(tasks, TaskColumn.STATUS.ordinal(), first, last);
            assertThat(status.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(status.getValidationConstraint().getExplicitListValues()).isNull();
            assertThat(status.getValidationConstraint().getFormula1()).isEqualTo("'_danhsach'!$A$1:$A$4");
            XSSFSheet lists = workbook.getSheet(WorkbookLayout.LIST_SHEET);
            assertThat(List.of(Workbooks.text(lists, 0, 0), Workbooks.text(lists, 1, 0), Workbooks.text(lists, 2, 0),
                    Workbooks.text(lists, 3, 0)))
                    .containsExactly("Chưa triển khai", "Đang triển khai", "Hoàn thành", "Không phát sinh");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(lists))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(status.getShowErrorBox()).isTrue();

            XSSFDataValidation progress = validationOf(tasks, TaskColumn.PROGRESS.ordinal(), first, last);
            assertThat(progress.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(progress.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(List.of(progress.getValidationConstraint().getFormula1(), progress.getValidationConstraint().getFormula2()))
                    .containsExactly("0", "100");
            assertThat(progress.getErrorBoxText()).contains("từ 0 đến 100");

            XSSFDataValidation completed = validationOf(tasks, TaskColumn.COMPLETED_ON.ordinal(), first, last);
            assertThat(completed.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(completed.getValidationConstraint().getFormula1()).isEqualTo("DATE(2024,1,1)");
            assertThat(completed.getValidationConstraint().getFormula2()).isEqualTo("TODAY()");

            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
            List<Integer> indicatorRows = Workbooks.dataRows(indicators);
            for (IndicatorColumn column : List.of(IndicatorColumn.NUMERATOR, IndicatorColumn.DENOMINATOR)) {
                XSSFDataValidation whole = validationOf(indicators, column.ordinal(), indicatorRows.get(0),
                        indicatorRows.get(indicatorRows.size() - 1));
                assertThat(whole.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
                assertThat(whole.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
                assertThat(whole.getValidationConstraint().getFormula1()).isEqualTo("0");
            }

            XSSFSheet cover = workbook.getSheet(WorkbookLayout.COVER_SHEET);
            int preparedOn = coverValue(cover, CoverField.PREPARED_ON).getRowIndex();
            assertThat(validationOf(cover, 1, preparedOn, preparedOn).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
        }
    }

    @Test
    void sheetsAreProtectedWithoutPasswordAndOnlyInputCellsAreUnlocked() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(single(generator.generate(PLAN, MARCH, List.of("CAH"), dir)))) {
            for (String name : List.of(WorkbookLayout.COVER_SHEET, WorkbookLayout.TASK_SHEET, WorkbookLayout.INDICATOR_SHEET,
                    WorkbookLayout.GUIDE_SHEET)) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getProtect()).as(name).isTrue();
                CTSheetProtection protection = sheet.getCTWorksheet().getSheetProtection();
                assertThat(protection.isSetPassword() || protection.isSetHashValue()).as(name + " has a password").isFalse();
            }
            XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
            for (int r : Workbooks.dataRows(tasks)) {
                for (TaskColumn column : TaskColumn.values()) {
                    boolean input = column.ordinal() >= TaskColumn.STATUS.ordinal();
                    assertThat(tasks.getRow(r).getCell(column.ordinal()).getCellStyle().getLocked())
                            .as("%s row %d", column, r + 1).isEqualTo(!input);
                }
            }
            assertThat(tasks.getPaneInformation().isFreezePane()).isTrue();
            assertThat(tasks.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (HEADER_ROW + 1));

            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
            List<IndicatorColumn> inputs = List.of(IndicatorColumn.NUMERATOR, IndicatorColumn.DENOMINATOR, IndicatorColumn.NOTE);
            for (int r : Workbooks.dataRows(indicators)) {
                for (IndicatorColumn column : IndicatorColumn.values()) {
                    assertThat(indicators.getRow(r).getCell(column.ordinal()).getCellStyle().getLocked())
                            .as("%s row %d", column, r + 1).isEqualTo(!inputs.contains(column));
                }
            }
            XSSFSheet cover = workbook.getSheet(WorkbookLayout.COVER_SHEET);
            for (CoverField field : CoverField.values()) {
                boolean input = field == CoverField.PREPARED_BY || field == CoverField.PHONE || field == CoverField.PREPARED_ON;
                assertThat(coverValue(cover, field).getCellStyle().getLocked()).as(field.label()).isEqualTo(!input);
            }
        }
    }

    static Path single(List<TemplateGenerator.Generated> written) {
        assertThat(written).hasSize(1);
        return written.get(0).path();
    }

    static XSSFCell coverValue(XSSFSheet cover, CoverField field) {
        for (int r = 0; r <= cover.getLastRowNum(); r++) {
            if (field.label().equals(Workbooks.text(cover, r, 0))) {
                return cover.getRow(r).getCell(1);
            }
        }
        throw new AssertionError("no cover row " + field.label());
    }

    private static XSSFDataValidation validationOf(XSSFSheet sheet, int column, int firstRow, int lastRow) {
        return sheet.getDataValidations().stream()
                .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(a -> covers(a, column, firstRow, lastRow)))
                .findFirst().orElseThrow(() -> new AssertionError("no validation on column " + column + " of " + sheet.getSheetName()));
    }

    private static boolean covers(CellRangeAddress area, int column, int firstRow, int lastRow) {
        return area.getFirstColumn() <= column && column <= area.getLastColumn() && area.getFirstRow() <= firstRow
                && lastRow <= area.getLastRow();
    }

    private List<String> assignedTasks(String unitCode) {
        return jdbc.sql("""
                SELECT DISTINCT t.number, t.code FROM dim_task t JOIN dim_plan p USING (plan_key)
                JOIN bridge_task_assignee a ON a.task_key = t.task_key
                LEFT JOIN dim_unit_group_member m ON m.unit_group_key = a.unit_group_key
                JOIN dim_unit u ON u.unit_key = coalesce(a.unit_key, m.unit_key)
                WHERE p.code = :plan AND u.code = :unit AND u.valid_to >= date '2024-03-01' ORDER BY t.number""")
                .param("plan", PLAN).param("unit", unitCode).query((rs, n) -> rs.getString("code")).list();
    }

    private List<String> reportedIndicators(String unitCode) {
        return jdbc.sql("""
                SELECT DISTINCT i.seq, i.code FROM dim_indicator i JOIN dim_plan p USING (plan_key)
                JOIN bridge_indicator_reporter r ON r.indicator_key = i.indicator_key
                LEFT JOIN dim_unit_group_member m ON m.unit_group_key = r.unit_group_key
                JOIN dim_unit u ON u.unit_key = coalesce(r.unit_key, m.unit_key)
                WHERE p.code = :plan AND u.code = :unit AND u.valid_to >= date '2024-03-01' ORDER BY i.seq""")
                .param("plan", PLAN).param("unit", unitCode).query((rs, n) -> rs.getString("code")).list();
    }
}
