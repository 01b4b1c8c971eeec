package vn.da06.ops;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.UserException;

/**
 * Runs da06's jobs on their schedules while {@code da06 serve} is up. One scheduler thread: two runs never overlap
 * in this process (and the import lock keeps other processes out). On shutdown it takes no new runs and waits for
 * the running one to finish its work; a run cut short anyway is restarted by the next one.
 */
@Component
class ServeScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServeScheduler.class);

    private final ScheduleProperties properties;
    private final ZoneId zone;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    ServeScheduler(ScheduleProperties properties, Da06Properties da06) {
        this.properties = properties;
        this.zone = da06.zone();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("da06-lich-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationMillis(properties.shutdownWait().toMillis());
    }

    /** Runs {@code job} whenever {@code cron} fires; a failure is logged and the schedule goes on. */
    synchronized void schedule(String name, String cron, Runnable job) {
        if (!scheduler.isRunning()) {
            scheduler.initialize();
        }
        CronTrigger trigger;
        try {
            trigger = new CronTrigger(cron, zone);
        } catch (IllegalArgumentException e) {
            throw new UserException("lịch \"" + cron + "\" của " + name + " không phải biểu thức cron hợp lệ "
                    + "(giây phút giờ ngày tháng thứ, ví dụ \"0 30 1 * * *\").", e);
        }
        scheduled.add(scheduler.schedule(() -> runLogged(name, job), trigger));
        log.info("Lịch {}: {} ({})", name, cron, zone);
    }

    /** Runs {@code job} every {@code interval}, counted from the end of the previous run; a failure is logged. */
    synchronized void scheduleEvery(String name, Duration interval, Runnable job) {
        if (!scheduler.isRunning()) {
            scheduler.initialize();
        }
        scheduled.add(scheduler.scheduleWithFixedDelay(() -> runLogged(name, job), interval));
        log.info("Lịch {}: mỗi {}", name, interval);
    }

    private static void runLogged(String name, Runnable job) {
        long started = System.nanoTime();
        log.info("Bắt đầu {}", name);
        try {
            job.run();
            log.info("Xong {} trong {} ms", name, (System.nanoTime() - started) / 1_000_000);
        } catch (UserException e) {
            log.error("{} không thành công: {}", name, e.getMessage());
            log.debug("Chi tiết", e);
        } catch (RuntimeException e) {
            log.error("{} gặp sự cố ngoài dự kiến: {}", name, e.toString());
            log.debug("Chi tiết", e);
        }
    }

    @Override
    public void destroy() {
        scheduled.forEach(f -> f.cancel(false));
        log.info("Dừng lịch chạy; chờ công việc đang chạy (nếu có) xong, tối đa {}", properties.shutdownWait());
        scheduler.shutdown();
    }
}
