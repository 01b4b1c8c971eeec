package vn.da06.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import vn.da06.report.GeneratedReports;
import vn.da06.report.ReportLauncher;

/**
 * Makes the reports staff ask for in the portal, one after another on a thread of their own, with the same report
 * job as {@code da06 report}; the reports page follows them in the job repository.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReportRequests implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportRequests.class);

    private final ReportLauncher launcher;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ReportRequests(ReportLauncher launcher) {
        this.launcher = launcher;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("da06-bao-cao-web-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(300);
        executor.initialize();
    }

    void start(GeneratedReports.Request request) {
        executor.execute(() -> {
            try {
                launcher.make(request.planCode(), request.kindCode(), request.periodCode(), null);
            } catch (RuntimeException e) {
                log.error("Lập {} từ cổng web không thành công: {}", request.title(), e.getMessage());
                log.debug("Chi tiết", e);
            }
        });
    }

    /** Reports asked for and not finished, this one included. */
    int pending() {
        return executor.getQueueSize() + executor.getActiveCount();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
