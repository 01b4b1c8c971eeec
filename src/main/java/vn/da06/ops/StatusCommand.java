package vn.da06.ops;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.base.SqlFiles;
import vn.da06.batch.JobRuns;
import vn.da06.cli.CliCommand;
import vn.da06.cli.MonthConverter;
import vn.da06.cli.PlanOption;
import vn.da06.cli.TextColumns;
import vn.da06.plan.PlanCatalog;
import vn.da06.report.ReportLauncher;

@Component
@Scope("prototype")
@Order(60)
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Xem nhanh tình hình: đơn vị nào đã báo cáo tháng (đúng hạn, muộn, bị từ chối và lý do, chưa gửi), "
                + "nhiệm vụ quá hạn, và các lần nhập, lập báo cáo gần nhất.")
class StatusCommand implements CliCommand, Runnable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, String> STATES = Map.of("on_time", "Đúng hạn", "late", "Muộn",
            "rejected", "Bị từ chối", "missing", "Chưa gửi", "not_due", "Chưa đến hạn");

    private final JdbcClient jdbc;
    private final PlanCatalog plans;
    private final JobRuns runs;
    private final ZoneId zone;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", paramLabel = "NĂM-THÁNG", converter = MonthConverter.class,
            description = "Tháng báo cáo, ví dụ 2024-03 (mặc định: tháng gần nhất đã có báo cáo gửi về).")
    YearMonth month;

    @Mixin
    PlanOption plan;

    StatusCommand(JdbcClient jdbc, PlanCatalog plans, JobRuns runs, Da06Properties properties) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.runs = runs;
        this.zone = properties.zone();
    }

    @Override
    public void run() {
        String planCode = plans.resolve(plan.code());
        YearMonth shown = month != null ? month : latestReportedMonth().orElse(YearMonth.now(zone).minusMonths(1));
        int monthKey = shown.getYear() * 100 + shown.getMonthValue();
        StringBuilder text = new StringBuilder();
        units(text, planCode, shown, monthKey);
        overdue(text, planCode, shown, monthKey);
        lastRuns(text);
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    private java.util.Optional<YearMonth> latestReportedMonth() {
        return jdbc.sql(SqlFiles.load("query/ops/status-latest-month.sql")).query(Integer.class).optional()
                .filter(java.util.Objects::nonNull).map(k -> YearMonth.of(k / 100, k % 100));
    }

    private void units(StringBuilder text, String plan, YearMonth shown, int monthKey) {
        List<Map<String, Object>> rows = jdbc.sql(SqlFiles.load("query/ops/status-units.sql"))
                .param("plan", plan).param("month", monthKey).param("today", LocalDate.now(zone))
                .query().listOfRows();
        Map<String, Long> counts = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> (String) r.get("state"), java.util.stream.Collectors.counting()));
        LocalDate due = rows.isEmpty() ? null : ((java.sql.Date) rows.get(0).get("due_date")).toLocalDate();
        text.append(String.format("Báo cáo tháng %02d/%d (kế hoạch %s)%s:%n", shown.getMonthValue(), shown.getYear(), plan,
                due == null ? "" : ", hạn nộp " + DAY.format(due)));
        text.append(String.format("  Đúng hạn: %d · Muộn: %d · Bị từ chối: %d · Chưa gửi: %d%s (trên %d đơn vị phải báo cáo)%n%n",
                counts.getOrDefault("on_time", 0L), counts.getOrDefault("late", 0L), counts.getOrDefault("rejected", 0L),
                counts.getOrDefault("missing", 0L),
                counts.containsKey("not_due") ? " · Chưa đến hạn: " + counts.get("not_due") : "", rows.size()));
        TextColumns table = new TextColumns(8, 40, 11, 17, 60);
        table.append(text, "Mã", "Đơn vị", "Tình trạng", "Nhận lúc", "Tệp / lý do từ chối");
        for (Map<String, Object> r : rows) {
            String state = (String) r.get("state");
            String note = "rejected".equals(state)
                    ? r.get("file_name") + ": " + (r.get("sheet") == null ? "" : r.get("sheet") + (r.get("cell") == null ? "" : "!" + r.get("cell")) + ": ") + r.get("message")
                    : r.get("file_name") == null ? "" : (String) r.get("file_name");
            table.append(text, (String) r.get("code"), (String) r.get("name"), STATES.get(state), received(r.get("received_at")), note);
        }
        text.append(System.lineSeparator());
    }

    private String received(Object value) {
        if (value == null) {
            return "";
        }
        OffsetDateTime time = value instanceof OffsetDateTime o ? o
                : ((java.sql.Timestamp) value).toInstant().atZone(zone).toOffsetDateTime();
        return TIME.format(time.atZoneSameInstant(zone));
    }

    /** The reports' own list of overdue tasks (a task is done when every lead unit has finished its part). */
    private void overdue(StringBuilder text, String plan, YearMonth shown, int monthKey) {
        List<Map<String, Object>> tasks = jdbc.sql(SqlFiles.load("report/overdue-tasks.sql"))
                .param("plan", plan).param("last_month", monthKey).query().listOfRows();
        text.append(String.format("Nhiệm vụ quá hạn tính đến %s: %d%n", DAY.format(shown.atEndOfMonth()), tasks.size()));
        TextColumns table = new TextColumns(5, 70, 11, 50);
        for (Map<String, Object> t : tasks) {
            table.append(text, t.get("number").toString(), (String) t.get("content"), (String) t.get("due_text"),
                    "Chủ trì chưa hoàn thành: " + t.get("unfinished_leads"));
        }
        text.append(System.lineSeparator());
    }

    private void lastRuns(StringBuilder text) {
        List<JobRuns.JobRun> latest = runs.latest(5);
        text.append("Các lần chạy gần nhất:").append(System.lineSeparator());
        if (latest.isEmpty()) {
            text.append("  (chưa có lần nhập hay lập báo cáo nào)").append(System.lineSeparator());
        }
        TextColumns table = new TextColumns(6, 14, 36, 10, 60);
        for (JobRuns.JobRun run : latest) {
            String what = run.job().equals("importJob") ? "Nhập báo cáo" : "Lập báo cáo";
            String detail = run.job().equals("importJob")
                    ? run.files() + " tệp: " + run.loaded() + " nạp, " + run.rejected() + " bị từ chối"
                    : run.reportKind() == null ? "" : ReportLauncher.describe(run.reportKind(), run.reportPeriod())
                            + " (" + run.reportFormats().toUpperCase(java.util.Locale.ROOT).replace(",", ", ") + ")";
            table.append(text, "#" + run.id(), what, time(run.started()) + " → " + time(run.ended()), status(run.status()), detail);
        }
    }

    /** A job repository time (the server's zone) in the users' zone, like the arrival times above. */
    private String time(LocalDateTime time) {
        return time == null ? "…" : TIME.format(time.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone));
    }

    private static String status(String status) {
        return switch (status) {
            case "COMPLETED" -> "hoàn tất";
            case "FAILED" -> "thất bại";
            case "STOPPED" -> "đã dừng";
            case "STARTED", "STARTING" -> "đang chạy";
            default -> status;
        };
    }
}
