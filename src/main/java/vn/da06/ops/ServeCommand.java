package vn.da06.ops;

import java.io.PrintWriter;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.da06.Da06Properties;
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
    private final Da06Properties properties;
    private final Environment environment;

    @Spec
    CommandSpec spec;

    ServeCommand(ServeScheduler scheduler, ScheduleProperties schedule, ImportLauncher importLauncher,
                 Da06Properties properties, Environment environment) {
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.importLauncher = importLauncher;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run() {
        scheduler.schedule("nhập báo cáo", schedule.importCron(), () -> importLauncher.run(null, notice -> { }));
        PrintWriter out = spec.commandLine().getOut();
        out.println("da06 đang chạy thường trực (thư mục " + properties.home() + ").");
        out.println("  Nhập báo cáo từ " + properties.inbox() + " theo lịch \"" + schedule.importCron() + "\" (" + schedule.zone() + ")");
        out.println("  Tình trạng: http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + "/actuator/health, /actuator/jobs");
        out.println("Dừng bằng Ctrl+C hoặc SIGTERM.");
        out.flush();
    }
}
