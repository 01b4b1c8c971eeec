package vn.da06.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import vn.da06.submission.ImportLauncher;

/**
 * Imports the inbox when the portal put something in it (an upload, an approved held workbook): the very import of
 * {@code da06 import} and of the nightly schedule, on one thread of its own. Requests that arrive before a run
 * starts share that run; the import lock keeps it apart from any other import.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ImportRequests implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRequests.class);

    private final ImportLauncher launcher;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    /** The next run, asked for but not started yet: a new request joins it rather than queue another. */
    private final AtomicReference<CompletableFuture<Void>> next = new AtomicReference<>();

    ImportRequests(ImportLauncher launcher) {
        this.launcher = launcher;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("da06-nhap-web-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(300);
        executor.initialize();
    }

    /** Asks for an import of the inbox; the future completes when a run that saw everything there now has ended. */
    CompletableFuture<Void> request() {
        CompletableFuture<Void> run = new CompletableFuture<>();
        CompletableFuture<Void> pending = next.compareAndExchange(null, run);
        if (pending != null) {
            return pending;
        }
        executor.execute(() -> {
            next.compareAndSet(run, null);
            try {
                launcher.run(null, notice -> log.info(notice));
                run.complete(null);
            } catch (RuntimeException e) {
                log.error("Nhập báo cáo từ cổng web không thành công: {}", e.getMessage());
                log.debug("Chi tiết", e);
                run.completeExceptionally(e);
            }
        });
        return run;
    }

    /** Whether a run is asked for or under way. */
    boolean busy() {
        return next.get() != null || executor.getActiveCount() > 0;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
