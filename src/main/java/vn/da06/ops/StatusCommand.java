package vn.da06.ops;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.batch.JobRuns;
import vn.da06.cli.CliCommand;
import vn.da06.cli.MonthConverter;
import vn.da06.cli.PlanOption;
import vn.da06.cli.TextColumns;
import vn.da06.mail.MailStatus;
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
    private final MonthStatus monthStatus;
    private final PlanCatalog plans;
    private final JobRuns runs;
    private final ZoneId zone;
    private final MailStatus mail;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", paramLabel = "NĂM-THÁNG", converter = MonthConverter.class,
            description = "Tháng báo cáo, ví dụ 2024-03 (mặc định: tháng gần nhất đã có báo cáo gửi về).")
    YearMonth month;

    @Mixin
    PlanOption plan;

    StatusCommand(MonthStatus monthStatus, PlanCatalog plans, JobRuns runs, Da06Properties properties, MailStatus mail) {
        this.mail = mail;
        this.monthStatus = monthStatus;
        this.plans = plans;
        this.runs = runs;
        this.zone = properties.zone();
    }

    @Override
    public void run() {
        String planCode = plans.resolve(plan.code());
        YearMonth shown = month != null ? month
                : monthStatus.latestReportedMonth().orElse(YearMonth.now(zone).minusMonths(1));
        StringBuilder text = new StringBuilder();
        units(text, planCode, shown);
        overdue(text, planCode, shown);
        refusedMail(text);
        lastRuns(text);
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    private void units(StringBuilder text, String plan, YearMonth shown) {
        List<MonthStatus.UnitState> rows = monthStatus.units(plan, shown);
        Map<MonthStatus.State, Long> counts = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                MonthStatus.UnitState::state, java.util.stream.Collectors.counting()));
        LocalDate due = rows.isEmpty() ? null : rows.get(0).dueDate();
        text.append(String.format("Báo cáo tháng %02d/%d (kế hoạch %s)%s:%n", shown.getMonthValue(), shown.getYear(), plan,
                due == null ? "" : ", hạn nộp " + DAY.format(due)));
        text.append(String.format("  Đúng hạn: %d · Muộn: %d · Bị từ chối: %d · Chưa gửi: %d%s%s (trên %d đơn vị phải báo cáo)%n%n",
                counts.getOrDefault(MonthStatus.State.ON_TIME, 0L), counts.getOrDefault(MonthStatus.State.LATE, 0L),
                counts.getOrDefault(MonthStatus.State.REJECTED, 0L), counts.getOrDefault(MonthStatus.State.MISSING, 0L),
                counts.containsKey(MonthStatus.State.NOT_DUE) ? " · Chưa đến hạn: " + counts.get(MonthStatus.State.NOT_DUE) : "",
                counts.containsKey(MonthStatus.State.HELD)
                        ? " · Chờ duyệt (tháng đã chốt số liệu): " + counts.get(MonthStatus.State.HELD) : "",
                rows.size()));
        TextColumns table = new TextColumns(8, 40, 11, 17, 60);
        table.append(text, "Mã", "Đơn vị", "Tình trạng", "Nhận lúc", "Tệp / lý do từ chối");
        for (MonthStatus.UnitState r : rows) {
            table.append(text, r.code(), r.name(), r.state().label(), received(r.receivedAt()), r.note());
        }
        text.append(System.lineSeparator());
    }

    private String received(java.time.Instant value) {
        return value == null ? "" : TIME.format(value.atZone(zone));
    }

    /** The reports' own list of overdue tasks (a task is done when every lead unit has finished its part). */
    private void overdue(StringBuilder text, String plan, YearMonth shown) {
        List<MonthStatus.OverdueTask> tasks = monthStatus.overdue(plan, shown);
        text.append(String.format("Nhiệm vụ quá hạn tính đến %s: %d%n", DAY.format(shown.atEndOfMonth()), tasks.size()));
        TextColumns table = new TextColumns(5, 70, 11, 50);
        for (MonthStatus.OverdueTask t : tasks) {
            table.append(text, Integer.toString(t.number()), t.content(), t.dueText(),
                    "Chủ trì chưa hoàn thành: " + t.unfinishedLeads());
        }
        text.append(System.lineSeparator());
    }

    /** Workbooks sent by e-mail from an address not allowed for their unit: staff decide whether to allow it. */
    private void refusedMail(StringBuilder text) {
        List<MailStatus.Refused> refused = mail.refused(10);
        if (refused.isEmpty()) {
            return;
        }
        text.append("Tệp gửi qua thư không nhập vì người gửi chưa được đăng ký (cho phép bằng da06 unit mail MÃ ĐỊA_CHỈ...):")
                .append(System.lineSeparator());
        TextColumns table = new TextColumns(17, 36, 8, 60);
        for (MailStatus.Refused r : refused) {
            table.append(text, received(r.receivedAt()), r.sender(), r.unitCode() == null ? "?" : r.unitCode(), r.fileName());
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
                    ? run.filesText()
                    : run.reportKind() == null ? "" : ReportLauncher.describe(run.reportKind(), run.reportPeriod())
                            + " (" + run.reportFormats().toUpperCase(java.util.Locale.ROOT).replace(",", ", ") + ")";
            table.append(text, "#" + run.id(), what, time(run.started()) + " → " + time(run.ended()), run.statusText(), detail);
        }
    }

    /** A job repository time (the server's zone) in the users' zone, like the arrival times above. */
    private String time(LocalDateTime time) {
        return time == null ? "…" : TIME.format(time.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone));
    }
}
