package vn.da06.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.base.SqlFiles;
import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.report.ReportLauncher;
import vn.da06.sample.SampleFile;
import vn.da06.sample.SampleRun;
import vn.da06.sample.SampleWorkbooks;
import vn.da06.submission.ImportLauncher;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

@Da06SpringTest
@TestPropertySource(properties = "da06.test.context=status")
class StatusCommandTests {

    private static final YearMonth MONTH = YearMonth.of(2024, 1);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Cli cli;
    @Autowired
    PlanImporter plans;
    @Autowired
    SampleWorkbooks samples;
    @Autowired
    ImportLauncher importer;
    @Autowired
    ReportLauncher reports;
    @Autowired
    Da06Properties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void statusShowsEachUnitOnTimeLateRejectedOrMissingWithTheReason() {
        plans.importBundled();
        Path inbox = properties.home().resolve("status-inbox");
        SampleRun run = samples.generate("TUYPHUOC-2024", MonthRange.of(MONTH), 7, inbox);
        importer.run(inbox, notice -> { });
        reports.make("TUYPHUOC-2024", "monthly", "2024-01", properties.home().resolve("status-reports"));
        Map<String, String> expected = expectedStates(run);
        assertThat(expected.values()).contains("Đúng hạn", "Muộn", "Bị từ chối", "Chưa gửi");

        CliRun status = CliRun.run(cli, "status", "--month", "2024-01", "--plan", "TUYPHUOC-2024");

        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).startsWith("Báo cáo tháng 01/2024 (kế hoạch TUYPHUOC-2024), hạn nộp 12/02/2024:")
                .contains(String.format("Đúng hạn: %d · Muộn: %d · Bị từ chối: %d · Chưa gửi: %d (trên 28 đơn vị phải báo cáo)",
                        count(expected, "Đúng hạn"), count(expected, "Muộn"), count(expected, "Bị từ chối"),
                        count(expected, "Chưa gửi")))
                .contains("Nhiệm vụ quá hạn tính đến 31/01/2024").contains("Các lần chạy gần nhất:").contains("Nhập báo cáo")
                .contains("Lập báo cáo").contains("báo cáo tháng 2024-01 (PDF, DOCX, XLSX)");
        Map<String, String> shown = new HashMap<>();
        status.out().lines().filter(l -> l.matches("^[0-9A-Z]{2,8} +\\S.*")).forEach(line -> {
            String code = line.substring(0, line.indexOf(' '));
            for (String state : List.of("Đúng hạn", "Muộn", "Bị từ chối", "Chưa gửi")) {
                if (line.length() > 50 && line.substring(50).startsWith(state)) {
                    shown.put(code, state);
                }
            }
        });
        assertThat(shown).isEqualTo(expected);
        SampleFile mistake = run.files().stream().filter(f -> f.kind() == SampleFile.Kind.MISTAKE).findFirst().orElseThrow();
        assertThat(status.out()).contains(mistake.path().getFileName().toString() + ": ");

        // A unit's rejected workbook that belongs to another plan of the warehouse is not this plan's rejection.
        String rejectedUnit = expected.entrySet().stream().filter(e -> e.getValue().equals("Bị từ chối")).findFirst()
                .orElseThrow().getKey();
        plans.importBundled("GIALAI-2025");
        jdbc.sql("UPDATE fact_submission SET plan_key = (SELECT plan_key FROM dim_plan WHERE code = 'GIALAI-2025') "
                + "WHERE status = 'rejected' AND unit_key IN (SELECT unit_key FROM dim_unit WHERE code = :unit)")
                .param("unit", rejectedUnit).update();

        CliRun again = CliRun.run(cli, "status", "--month", "2024-01", "--plan", "TUYPHUOC-2024");

        assertThat(again.out().lines().filter(l -> l.startsWith(rejectedUnit + " ")).findFirst().orElseThrow().substring(50))
                .as(again.out()).startsWith("Chưa gửi");

        // Back to this plan, as a workbook whose plan and month could not be read: it belongs to the month whose report
        // was due next when it arrived (January's is due 12/02/2024), for the status and the report's list alike.
        String file = jdbc.sql("UPDATE fact_submission SET plan_key = NULL, month_key = NULL, received_at = '2024-02-10 09:00+07' "
                + "WHERE status = 'rejected' AND unit_key IN (SELECT unit_key FROM dim_unit WHERE code = :unit) RETURNING file_name")
                .param("unit", rejectedUnit).query(String.class).list().get(0);
        assertThat(stateOf(rejectedUnit, "2024-01")).startsWith("Bị từ chối");
        assertThat(rejectedFiles("2024-01")).contains(file);

        jdbc.sql("UPDATE fact_submission SET received_at = '2024-02-20 09:00+07' WHERE file_name = :file AND status = 'rejected'")
                .param("file", file).update();
        assertThat(stateOf(rejectedUnit, "2024-01")).startsWith("Chưa gửi");
        assertThat(rejectedFiles("2024-01")).doesNotContain(file);
        assertThat(stateOf(rejectedUnit, "2024-02")).startsWith("Bị từ chối");
        assertThat(rejectedFiles("2024-02")).contains(file);
    }

    /** The state `da06 status` shows for a unit in a month. */
    private String stateOf(String unit, String month) {
        CliRun status = CliRun.run(cli, "status", "--month", month, "--plan", "TUYPHUOC-2024");
        return status.out().lines().filter(l -> l.startsWith(unit + " ")).findFirst().orElseThrow().substring(50);
    }

    /** The files the monthly report's list of rejected workbooks names for a month. */
    private List<String> rejectedFiles(String month) {
        int key = Integer.parseInt(month.replace("-", ""));
        return jdbc.sql(SqlFiles.load("report/rejected-submissions.sql")).param("plan", "TUYPHUOC-2024")
                .param("first_month", key).param("last_month", key).param("listed", 1000)
                .query((rs, i) -> rs.getString("file_name")).list();
    }

    /** What each unit's state must be, worked out from the files the sample wrote. */
    private static Map<String, String> expectedStates(SampleRun run) {
        LocalDate due = MONTH.plusMonths(1).atDay(12);
        Map<String, List<SampleFile>> byUnit = run.files().stream().collect(Collectors.groupingBy(SampleFile::unitCode));
        Map<String, String> states = new HashMap<>();
        byUnit.forEach((unit, files) -> {
            var current = files.stream().filter(f -> f.kind() != SampleFile.Kind.MISTAKE)
                    .max(Comparator.comparing(SampleFile::arrival));
            states.put(unit, current.isEmpty() ? "Bị từ chối"
                    : current.get().arrival().atZone(VIETNAM).toLocalDate().isAfter(due) ? "Muộn" : "Đúng hạn");
        });
        run.missing().forEach(m -> states.put(m.unitCode(), "Chưa gửi"));
        return states;
    }

    private static long count(Map<String, String> states, String state) {
        return states.values().stream().filter(state::equals).count();
    }
}
