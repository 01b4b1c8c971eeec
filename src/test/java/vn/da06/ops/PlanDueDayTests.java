package vn.da06.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.base.Da06Properties;
import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.TestWorkbook;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.MarkerKey;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;

/**
 * Two plans over the same months with different report due days: Tuy Phước's units report by the 12th of the next
 * month, the units of another district by the 5th. Each plan keeps its own due dates, whichever was loaded last.
 */
@Da06SpringTest
@TestPropertySource(properties = "da06.test.context=due-days")
class PlanDueDayTests {

    private static final String TUY_PHUOC = "TUYPHUOC-2024";
    private static final String OTHER = "KHAC-2024";
    /** 09:00 on 8 April 2024 in Vietnam: before Tuy Phước's due date of March, after the other district's. */
    private static final Instant APRIL_8 = Instant.parse("2024-04-08T02:00:00Z");

    @Autowired
    Cli cli;
    @Autowired
    PlanImporter plans;
    @Autowired
    ImportLauncher importer;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    Da06Properties properties;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void eachPlanJudgesItsWorkbooksAgainstItsOwnDueDay() throws IOException {
        plans.importBundled();
        plans.importFrom(otherDistrictPlan());
        TestWorkbook.of("21952", "2024-03", markerKey.bytes())
                .task("NV13", "Đang triển khai", 60, null, null, null, null)
                .write(properties.inbox().resolve("21952/21952_2024-03.xlsx"), APRIL_8);
        TestWorkbook.of("X01", "2024-03", markerKey.bytes()).cover(CoverField.PLAN_CODE, OTHER)
                .task("NV01", "Đang triển khai", 50, null, null, null, null)
                .write(properties.inbox().resolve("X01/X01_2024-03.xlsx"), APRIL_8);

        importer.run(null, notice -> { });

        Map<String, Boolean> onTime = jdbc.sql("SELECT u.code, s.on_time FROM fact_submission s JOIN dim_unit u USING (unit_key)")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(onTime).containsExactlyInAnyOrderEntriesOf(Map.of("21952", true, "X01", false));

        CliRun tuyPhuoc = CliRun.run(cli, "status", "--month", "2024-03", "--plan", TUY_PHUOC);
        assertThat(tuyPhuoc.out()).startsWith("Báo cáo tháng 03/2024 (kế hoạch TUYPHUOC-2024), hạn nộp 12/04/2024:");
        assertThat(stateOf(tuyPhuoc, "21952")).isEqualTo("Đúng hạn");
        CliRun other = CliRun.run(cli, "status", "--month", "2024-03", "--plan", OTHER);
        assertThat(other.out()).startsWith("Báo cáo tháng 03/2024 (kế hoạch KHAC-2024), hạn nộp 05/04/2024:");
        assertThat(stateOf(other, "X01")).isEqualTo("Muộn");

        assertThat(guideDeadline(TUY_PHUOC, "21952")).startsWith("Chậm nhất ngày 12/04/2024 (ngày 12 ");
        assertThat(guideDeadline(OTHER, "X01")).startsWith("Chậm nhất ngày 05/04/2024 (ngày 5 ");
    }

    /** The state `da06 status` shows for a unit: its line's third column (code, name, state, ...). */
    private static String stateOf(CliRun status, String unitCode) {
        String line = status.out().lines().filter(l -> l.startsWith(unitCode + " ")).findFirst().orElseThrow();
        return line.substring(50, Math.min(line.length(), 61)).strip();
    }

    /** The "Hạn gửi" line of the guide sheet of the unit's March template. */
    private String guideDeadline(String plan, String unitCode) throws IOException {
        Path out = Files.createDirectories(dir.resolve(plan));
        CliRun run = CliRun.run(cli, "template", "--plan", plan, "--month", "2024-03", "--unit", unitCode, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file;
        try (Stream<Path> files = Files.walk(out)) {
            file = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter text = new DataFormatter();
            for (Row row : workbook.getSheet(WorkbookLayout.GUIDE_SHEET)) {
                if ("Hạn gửi".equals(text.formatCellValue(row.getCell(0)))) {
                    return text.formatCellValue(row.getCell(1));
                }
            }
        }
        throw new AssertionError("no \"Hạn gửi\" row in the guide sheet of " + file);
    }

    /** A plan of another district over 2024 whose one commune reports a monthly task by the 5th. */
    private Path otherDistrictPlan() throws IOException {
        Path plan = Files.createDirectories(dir.resolve("other-plan"));
        write(plan.resolve("plan.yml"), """
                code: KHAC-2024
                name: Kế hoạch thực hiện Đề án 06 của huyện Khác năm 2024
                year: 2024
                starts_on: 2024-01-01
                ends_on: 2024-12-31
                issuing_body: ỦY BAN NHÂN DÂN HUYỆN KHÁC
                place_name: Huyện Khác
                district_unit: "X00"
                report_due_day: 5
                """);
        write(plan.resolve("units.csv"), """
                code,name,kind,gso_code,parent,aliases,valid_from,valid_to,successor
                X00,Huyện Khác,district,,,,2000-01-01,,
                X01,Xã Một,commune,,X00,,2000-01-01,,
                """);
        write(plan.resolve("unit-groups.csv"), "code,name,aliases,members\n");
        write(plan.resolve("tasks.csv"), """
                STT,"Nội dung, nhiệm vụ cụ thể",Đơn vị chủ trì,Đơn vị phối hợp,Kết quả sản phẩm,Thời gian hoàn thành
                I,NHIỆM VỤ THƯỜNG XUYÊN (01 NHIỆM VỤ),,,,
                1,Báo cáo tình hình triển khai,Xã Một,,Báo cáo,Hàng tháng
                """);
        write(plan.resolve("indicators.csv"), "code,name,numerator,denominator,target,aggregation,direction,task,reporters\n");
        return plan;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
