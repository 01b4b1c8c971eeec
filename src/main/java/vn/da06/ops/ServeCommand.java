package vn.da06.ops;

import java.io.PrintWriter;
import java.time.YearMonth;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.da06.account.Accounts;
import vn.da06.base.Da06Properties;
import vn.da06.base.UserException;
import vn.da06.cli.CliCommand;
import vn.da06.mail.MailFetcher;
import vn.da06.mail.MailProperties;
import vn.da06.mail.MailReminders;
import vn.da06.report.ReportLauncher;
import vn.da06.submission.ImportLauncher;

@Component
@Scope("prototype")
@Order(80)
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Chạy thường trực: nhập báo cáo hằng đêm và lập báo cáo vào các ngày định sẵn (lịch trong "
                + "da06.schedule.*), không bao giờ chạy chồng hai lần một công việc.",
                "Cổng web cho cán bộ, lãnh đạo và đơn vị: http://127.0.0.1:8606/ (đặt da06.server.address để mở ra mạng). "
                        + "Cần ít nhất một tài khoản quản trị: da06 user add <tên đăng nhập> --role admin",
                "Tình trạng (Actuator, chỉ trên 127.0.0.1): http://127.0.0.1:8607/actuator/health và /actuator/jobs.",
                "Dừng bằng Ctrl+C hoặc SIGTERM: da06 chờ công việc đang chạy xong rồi mới thoát."})
class ServeCommand implements CliCommand, Runnable {

    private final ServeScheduler scheduler;
    private final ScheduleProperties schedule;
    private final ImportLauncher importLauncher;
    private final ReportLauncher reports;
    private final Da06Properties properties;
    private final Environment environment;
    private final Accounts accounts;
    private final MailFetcher mail;
    private final MailProperties mailSettings;
    private final MailReminders reminders;

    @Spec
    CommandSpec spec;

    ServeCommand(ServeScheduler scheduler, ScheduleProperties schedule, ImportLauncher importLauncher,
                 ReportLauncher reports, Da06Properties properties, Environment environment, Accounts accounts,
                 MailFetcher mail, MailProperties mailSettings, MailReminders reminders) {
        this.reminders = reminders;
        this.accounts = accounts;
        this.mail = mail;
        this.mailSettings = mailSettings;
        this.reports = reports;
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.importLauncher = importLauncher;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run() {
        if (!accounts.hasActiveAdmin()) {
            throw new UserException("chưa có tài khoản quản trị nào nên không ai đăng nhập cổng web được; da06 serve không chạy. "
                    + "Tạo tài khoản quản trị bằng lệnh: da06 user add <tên đăng nhập> --role admin (rồi gõ mật khẩu), sau đó "
                    + "chạy lại da06 serve.");
        }
        scheduler.schedule("nhập báo cáo", schedule.importCron(), () -> importLauncher.run(null, notice -> { }));
        scheduler.schedule("báo cáo tháng", schedule.monthlyReportCron(), () -> reports.make(null, "monthly",
                lastMonth().toString(), null));
        // A review covers the half-year or year that ended with last month (the schedule runs it after that month).
        scheduler.schedule("sơ kết 6 tháng", schedule.halfYearReportCron(), () -> reports.make(null, "half-year",
                lastMonth().getYear() + "-H1", null));
        scheduler.schedule("tổng kết năm", schedule.annualReportCron(), () -> reports.make(null, "annual",
                String.valueOf(lastMonth().getYear()), null));
        if (mail.configured()) {
            scheduler.scheduleEvery("đọc hộp thư", mailSettings.poll(), () -> mail.fetch(notice -> { }));
            scheduler.schedule("nhắc đơn vị chưa gửi báo cáo", mailSettings.reminderCron(),
                    () -> reminders.onSchedule(java.time.LocalDate.now(properties.zone())));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("da06 đang chạy thường trực (thư mục " + properties.home() + ").");
        out.println(mail.configured()
                ? "  Đọc hộp thư " + mailSettings.imap().username() + "@" + mailSettings.imap().host() + " mỗi " + mailSettings.poll()
                : "  Không đọc hộp thư: chưa đặt da06.mail.imap.host.");
        out.println("  Nhập báo cáo từ " + properties.inbox() + " theo lịch \"" + schedule.importCron() + "\" (" + properties.zone() + ")");
        out.println("  Báo cáo tháng \"" + schedule.monthlyReportCron() + "\", sơ kết 6 tháng \"" + schedule.halfYearReportCron()
                + "\", tổng kết năm \"" + schedule.annualReportCron() + "\", ghi vào " + properties.reports());
        out.println("  Cổng web: http://" + host(environment.getProperty("server.address", "127.0.0.1")) + ":"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8606")) + "/");
        out.println("  Tình trạng (chỉ trên máy này, cần đăng nhập): http://127.0.0.1:"
                + environment.getProperty("local.management.port", environment.getProperty("management.server.port", "8607"))
                + "/actuator/health, /actuator/jobs");
        out.println("Dừng bằng Ctrl+C hoặc SIGTERM.");
        out.flush();
    }

    /** The address to type in a browser: a wildcard address means this machine under any of its names. */
    private static String host(String address) {
        return address.equals("0.0.0.0") || address.equals("::") ? "<địa chỉ máy chủ>" : address.contains(":") ? "[" + address + "]" : address;
    }

    private YearMonth lastMonth() {
        return YearMonth.now(properties.zone()).minusMonths(1);
    }
}
