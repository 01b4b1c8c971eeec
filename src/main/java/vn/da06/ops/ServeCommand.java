package vn.da06.ops;

import java.io.PrintWriter;
import java.time.Year;
import java.time.YearMonth;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.cli.CliCommand;
import vn.da06.report.ReportLauncher;
import vn.da06.submission.ImportLauncher;

@Component
@Scope("prototype")
@Order(80)
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Chạy thường trực: nhập báo cáo hằng đêm và lập báo cáo vào các ngày định sẵn (lịch trong "
                + "da06.schedule.*), không bao giờ chạy chồng hai lần một công việc.",
                "Xem tình trạng qua http://localhost:<cổng>/actuator/health và /actuator/jobs (các lần chạy gần nhất).",
                "Dừng bằng Ctrl+C hoặc SIGTERM: da06 chờ công việc đang chạy xong rồi mới thoát."})
class ServeCommand implements CliCommand, Runnable {

    private final ServeScheduler scheduler;
    private final ScheduleProperties schedule;
    private final ImportLauncher importLauncher;
    private final ReportLauncher reports;
    private final Da06Properties properties;
    private final Environment environment;

    @Spec
    CommandSpec spec;

    ServeCommand(ServeScheduler scheduler, ScheduleProperties schedule, ImportLauncher importLauncher,
                 ReportLauncher reports, Da06Properties properties, Environment environment) {
        this.reports = reports;
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.importLauncher = importLauncher;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run() {
        scheduler.schedule("nhập báo cáo", schedule.importCron(), () -> importLauncher.run(null, notice -> { }));
        scheduler.schedule("báo cáo tháng", schedule.monthlyReportCron(), () -> reports.make(null, "monthly",
                YearMonth.now(properties.zone()).minusMonths(1).toString(), null));
        scheduler.schedule("sơ kết 6 tháng", schedule.halfYearReportCron(), () -> reports.make(null, "half-year",
                Year.now(properties.zone()) + "-H1", null));
        scheduler.schedule("tổng kết năm", schedule.annualReportCron(), () -> reports.make(null, "annual",
                Year.now(properties.zone()).toString(), null));
        PrintWriter out = spec.commandLine().getOut();
        out.println("da06 đang chạy thường trực (thư mục " + properties.home() + ").");
        out.println("  Nhập báo cáo từ " + properties.inbox() + " theo lịch \"" + schedule.importCron() + "\" (" + properties.zone() + ")");
        out.println("  Báo cáo tháng \"" + schedule.monthlyReportCron() + "\", sơ kết 6 tháng \"" + schedule.halfYearReportCron()
                + "\", tổng kết năm \"" + schedule.annualReportCron() + "\", ghi vào " + properties.reports());
        out.println("  Tình trạng: http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + "/actuator/health, /actuator/jobs");
        out.println("Dừng bằng Ctrl+C hoặc SIGTERM.");
        out.flush();
    }
}
