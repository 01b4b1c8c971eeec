package vn.da06.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import vn.da06.base.Progress;

/**
 * Shows how far a report is ({@link Progress}): its fill, then each format written. Kept per run, as {@code serve}
 * makes several reports at once.
 */
@Component
class ReportProgress implements JobExecutionListener, StepExecutionListener, ItemWriteListener<ReportFormat> {

    private final Map<Long, Progress> runs = new ConcurrentHashMap<>();

    @Override
    public void beforeJob(JobExecution job) {
        int formats = ReportRequest.from(job.getJobParameters()).formats().size();
        runs.put(job.getId(), Progress.start("Lập báo cáo", 1L + formats, " bước"));
    }

    @Override
    public void afterJob(JobExecution job) {
        Progress progress = runs.remove(job.getId());
        if (progress != null) {
            progress.close();
        }
    }

    /** The fill is done. */
    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStepName().equals("reportFill") && step.getStatus() == BatchStatus.COMPLETED) {
            step(step.getJobExecutionId(), 1);
        }
        return null;
    }

    /** A format is written. */
    @Override
    public void afterWrite(Chunk<? extends ReportFormat> formats) {
        step(StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId(), formats.size());
    }

    private void step(long job, int steps) {
        Progress progress = runs.get(job);
        if (progress != null) {
            progress.stepBy(steps);
        }
    }
}
