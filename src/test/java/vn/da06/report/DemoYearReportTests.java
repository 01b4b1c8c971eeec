package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.cli.Cli;
import vn.da06.plan.BundledPlan;
import vn.da06.plan.PlanImporter;
import vn.da06.sample.SampleWorkbooks;
import vn.da06.submission.ImportLauncher;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

/**
 * The demo's year (the sample workbooks of `da06 demo`, imported), read as a district official reads it: every
 * number a sentence of a review states is in the table the sentence sums up, and `da06 status` names as many overdue
 * tasks as the monthly report of each month of 2024.
 */
@Da06SpringTest
@TestPropertySource(properties = {"da06.test.context=demo-year", "da06.report.date=2025-02-20"})
class DemoYearReportTests {

    /** The task status words of the task-group table, in its column order after "Tổng số". */
    private static final List<String> TASK_COLUMNS = List.of("hoàn thành đúng hạn", "hoàn thành trễ hạn", "đang thực hiện",
            "thường xuyên", "chưa đến hạn", "chưa triển khai", "chờ điều kiện", "quá hạn");

    @Autowired
    Cli cli;
    @Autowired
    PlanImporter plans;
    @Autowired
    SampleWorkbooks samples;
    @Autowired
    ImportLauncher importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;

    @BeforeEach
    void demoYearLoaded() {
        plans.importBundled();
        if (jdbc.sql("SELECT count(*) FROM fact_submission").query(Integer.class).single() == 0) {
            Path inbox = properties.home().resolve("demo-inbox");
            samples.generate(BundledPlan.CODE, new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 12)),
                    SampleWorkbooks.DEFAULT_SEED, inbox);
            importer.run(inbox, notice -> { });
        }
    }

    @Test
    void statusAndTheMonthlyReportCountTheSameOverdueTasksEveryMonthOf2024() throws IOException {
        Path out = properties.home().resolve("monthly");
        Map<String, Integer> status = new LinkedHashMap<>();
        Map<String, Integer> report = new LinkedHashMap<>();
        for (int month = 1; month <= 12; month++) {
            String period = YearMonth.of(2024, month).toString();
            CliRun shown = CliRun.run(cli, "status", "--month", period);
            assertThat(shown.exitCode()).as(shown.err()).isZero();
            Matcher overdue = Pattern.compile("Nhiệm vụ quá hạn tính đến \\d\\d/\\d\\d/2024: (\\d+)").matcher(shown.out());
            assertThat(overdue.find()).as(shown.out()).isTrue();
            status.put(period, Integer.parseInt(overdue.group(1)));

            CliRun made = CliRun.run(cli, "report", "monthly", "--period", period, "--format", "pdf", "--out", out.toString());
            assertThat(made.exitCode()).as(made.err()).isZero();
            String pdf = flowing(ReportFiles.pdfText(out.resolve("monthly_" + period + ".pdf")));
            Matcher listed = Pattern.compile("Có (\\d+) nhiệm vụ quá hạn chưa hoàn thành").matcher(pdf);
            int inReport = listed.find() ? Integer.parseInt(listed.group(1)) : 0;
            if (inReport == 0) {
                assertThat(pdf).contains("Không có nhiệm vụ quá hạn.");
            }
            assertThat(taskTotals(pdf).get("quá hạn")).as("the task table of " + period).isEqualTo(inReport);
            report.put(period, inReport);
        }
        assertThat(status).isEqualTo(report);
        assertThat(report.values()).as("the demo year has overdue tasks to compare").anyMatch(n -> n > 0);
    }

    @Test
    void everyNumberTheHalfYearReviewStatesIsInTheTableItDescribes() throws IOException {
        textMatchesTables("half-year", "2024-H1");
    }

    @Test
    void everyNumberTheYearEndSummaryStatesIsInTheTableItDescribes() throws IOException {
        textMatchesTables("annual", "2024");
    }

    private void textMatchesTables(String kind, String period) throws IOException {
        Path out = properties.home().resolve("reviews");
        CliRun made = CliRun.run(cli, "report", kind, "--period", period, "--format", "pdf", "--out", out.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        String pdf = flowing(ReportFiles.pdfText(out.resolve(kind + "_" + period + ".pdf")));

        // II.2: "Kế hoạch có 32 nhiệm vụ. Đến hết …: 5 nhiệm vụ hoàn thành đúng hạn, 14 nhiệm vụ thường xuyên, …"
        Map<String, Integer> totals = taskTotals(pdf);
        Matcher tasks = Pattern.compile("Kế hoạch có (\\d+) nhiệm vụ\\. Đến hết [^:]+: ([^.]+)\\.").matcher(pdf);
        assertThat(tasks.find()).isTrue();
        assertThat(Integer.parseInt(tasks.group(1))).isEqualTo(totals.get("tổng số"));
        int stated = 0;
        for (String part : tasks.group(2).split(", ")) {
            Matcher count = Pattern.compile("(\\d+) nhiệm vụ (.+)").matcher(part);
            assertThat(count.matches()).as(part).isTrue();
            assertThat(totals.get(count.group(2))).as(part).isEqualTo(Integer.parseInt(count.group(1)));
            stated += Integer.parseInt(count.group(1));
        }
        assertThat(stated).isEqualTo(totals.get("tổng số"));
        assertThat(totals.entrySet()).filteredOn(e -> !e.getKey().equals("tổng số") && e.getValue() > 0)
                .allSatisfy(e -> assertThat(tasks.group(2)).contains(e.getValue() + " nhiệm vụ " + e.getKey()));

        // II.3: the reporting sentence and the total row of the units' table (Phụ lục 03).
        Matcher reporting = Pattern.compile("Có (\\d+) đơn vị phải báo cáo hằng tháng với (\\d+) lượt báo cáo đã đến hạn: "
                + "(\\d+) lượt đã báo cáo \\((\\d+) đúng hạn, (\\d+) trễ hạn\\), (\\d+) lượt chưa báo cáo; (\\d+) bản").matcher(pdf);
        assertThat(reporting.find()).isTrue();
        Matcher totalRow = Pattern.compile("Tổng cộng \\((\\d+) đơn vị\\) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) ").matcher(pdf);
        assertThat(totalRow.find()).as("the total row of the units' table").isTrue();
        for (int g = 1; g <= 7; g++) {
            assertThat(reporting.group(g)).as("reporting figure " + g).isEqualTo(totalRow.group(g));
        }

        // II.1: "x/14 chỉ tiêu đạt mục tiêu, y chỉ tiêu chưa đạt" against the indicator table's total row.
        Matcher indicators = Pattern.compile("(\\d+)/(\\d+) chỉ tiêu đạt mục tiêu, (\\d+) chỉ tiêu chưa đạt").matcher(pdf);
        assertThat(indicators.find()).isTrue();
        Matcher indicatorTotal = Pattern.compile("Tổng cộng: (\\d+) chỉ tiêu — (\\d+) đạt; (\\d+) chưa đạt").matcher(pdf);
        assertThat(indicatorTotal.find()).isTrue();
        assertThat(List.of(indicators.group(2), indicators.group(1), indicators.group(3)))
                .containsExactly(indicatorTotal.group(1), indicatorTotal.group(2), indicatorTotal.group(3));

        // III.1 and III.2 restate figures of the same tables.
        Matcher done = Pattern.compile("Đã hoàn thành (\\d+)/(\\d+) nhiệm vụ của Kế hoạch \\((\\d+) nhiệm vụ hoàn thành đúng hạn\\)")
                .matcher(pdf);
        if (done.find()) {
            assertThat(Integer.parseInt(done.group(1)))
                    .isEqualTo(totals.get("hoàn thành đúng hạn") + totals.get("hoàn thành trễ hạn"));
            assertThat(Integer.parseInt(done.group(2))).isEqualTo(totals.get("tổng số"));
            assertThat(Integer.parseInt(done.group(3))).isEqualTo(totals.get("hoàn thành đúng hạn"));
        }
        Matcher onTime = Pattern.compile("(\\d+)/(\\d+) lượt báo cáo đã đến hạn được gửi đúng hạn").matcher(pdf);
        assertThat(onTime.find()).isTrue();
        assertThat(List.of(onTime.group(1), onTime.group(2))).containsExactly(totalRow.group(4), totalRow.group(2));
        Matcher overdue = Pattern.compile("Còn (\\d+) nhiệm vụ quá hạn chưa hoàn thành").matcher(pdf);
        assertThat(overdue.find() ? Integer.parseInt(overdue.group(1)) : 0).isEqualTo(totals.get("quá hạn"));
        Matcher late = Pattern.compile("Chế độ báo cáo chưa nghiêm: (\\d+) lượt báo cáo trễ hạn, (\\d+) lượt chưa báo cáo, (\\d+) bản")
                .matcher(pdf);
        if (late.find()) {
            assertThat(List.of(late.group(1), late.group(2), late.group(3)))
                    .containsExactly(totalRow.group(5), totalRow.group(6), totalRow.group(7));
        }
    }

    /** The total row of the task-group table: "Tổng cộng 32 5 0 0 14 7 0 3 3", by column header. */
    private static Map<String, Integer> taskTotals(String pdf) {
        Matcher row = Pattern.compile("Tổng cộng((?: \\d+){9})(?: |$)").matcher(pdf);
        assertThat(row.find()).as("the total row of the task-group table").isTrue();
        String[] numbers = row.group(1).trim().split(" ");
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("tổng số", Integer.parseInt(numbers[0]));
        List<String> columns = new ArrayList<>(TASK_COLUMNS);
        for (int i = 0; i < columns.size(); i++) {
            totals.put(columns.get(i), Integer.parseInt(numbers[i + 1]));
        }
        return totals;
    }

    private static String flowing(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
