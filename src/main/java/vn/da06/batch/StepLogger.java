package vn.da06.batch;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** One log line per job step: its name, counts and duration. Register it on every step. */
@Component
public class StepLogger implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLogger.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        Duration took = start == null ? Duration.ZERO : Duration.between(start, LocalDateTime.now());
        log.info("Bước {} (lần chạy {}): {} — đọc {}, ghi {}, lọc {}, bỏ qua {}, {} lần ghi sổ, {} ms",
                step.getStepName(), step.getJobExecutionId(), step.getStatus(), step.getReadCount(),
                step.getWriteCount(), step.getFilterCount(), step.getSkipCount(), step.getCommitCount(), took.toMillis());
        return step.getExitStatus();
    }
}
