package vn.da06.base;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a long task is, for the person waiting on it: a progress bar on a terminal; elsewhere (cron, a service,
 * a test) a log line every tenth of the way, so that the terminal of a job run by cron stays clean.
 */
public final class Progress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final String task;
    private final String unit;
    private final long total;
    private final ProgressBar bar;
    private long done;

    private Progress(String task, String unit, long total, ProgressBar bar) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.bar = bar;
    }

    /**
     * Starts showing a task of {@code total} steps.
     *
     * @param unit what a step is, after the count: " tệp"
     */
    public static Progress start(String task, long total, String unit) {
        if (System.console() != null && total > 1) {
            return new Progress(task, unit, total, new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(unit, 1).continuousUpdate().build());
        }
        if (total > 0) {
            log.info("{}: {}{}", task, total, unit);
        }
        return new Progress(task, unit, total, null);
    }

    /** One more step done. */
    public void step() {
        stepBy(1);
    }

    /** {@code steps} more steps done (from any thread). */
    public synchronized void stepBy(long steps) {
        long before = done;
        done += steps;
        if (bar != null) {
            bar.stepTo(done);
        } else if (total > 0 && done * 10 / total != before * 10 / total) {
            log.info("{}: {}/{}{}", task, done, total, unit);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
