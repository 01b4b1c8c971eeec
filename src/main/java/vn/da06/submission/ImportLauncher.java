package vn.da06.submission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.da06.base.Da06Properties;
import vn.da06.base.Failures;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;
import vn.da06.batch.JobRunLock;

/**
 * Starts the import job, one at a time per warehouse ({@link ImportLock}). If the previous import of the same inbox
 * did not complete (failed, stopped, or its process was killed), this run restarts that job execution rather than
 * starting a new one, so its record shows one job that was interrupted and then finished.
 */
@Service
public class ImportLauncher {

    private static final Set<BatchStatus> UNFINISHED = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job importJob;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Da06Properties properties;
    private final ImportProgress progress;
    private final ImportLockGuard lockGuard;

    ImportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job importJob, DataSource dataSource,
                   JdbcClient jdbc, Da06Properties properties, ImportProgress progress, ImportLockGuard lockGuard) {
        this.lockGuard = lockGuard;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.importJob = importJob;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
        this.progress = progress;
    }

    /** Imports everything in the inbox (default: the configured one) and returns what was done. */
    public ImportSummary run(Path inbox, Consumer<String> notices) {
        Path folder = (inbox == null ? properties.inbox() : inbox).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new UserException("không có thư mục hộp thư " + folder + "; hãy tạo nó (mỗi đơn vị một thư mục con mang mã đơn vị) "
                    + "hoặc chỉ đúng thư mục bằng --inbox.");
        }
        long started = System.nanoTime();
        try (JobRunLock lock = ImportLock.acquire(dataSource, notices)) {
            lockGuard.held(lock.backendPid());
            try {
                return importHoldingTheLock(folder, started);
            } finally {
                lockGuard.released(lock.backendPid());
            }
        } catch (SQLException e) {
            throw new UserException("không kết nối được cơ sở dữ liệu để nhập: " + e.getMessage(), e);
        } finally {
            progress.finished();
        }
    }

    private ImportSummary importHoldingTheLock(Path folder, long started) {
        JobExecution execution = launch(folder);
        progress.finished();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            Throwable cause = failures.isEmpty() ? null : failures.get(0);
            throw new UserException("lần nhập không hoàn tất (" + statusText(execution.getStatus())
                    + (cause == null ? "" : ": " + reason(failures)) + "). Các tệp đã nạp được giữ nguyên; chạy lại "
                    + "da06 import để nhập tiếp phần còn lại.", cause);
        }
        ImportSummary summary = ImportSummary.of(jdbc, execution.getId(), execution.getStatus().name(),
                Duration.ofNanos(System.nanoTime() - started));
        if (summary.loaded() > 0) {
            // Reports often follow an import at once (demo, serve): give the planner the new rows' statistics
            // rather than wait for autovacuum.
            jdbc.sql(SqlFiles.load("query/submission/analyze-facts.sql")).update();
        }
        return summary;
    }

    private JobExecution launch(Path inbox) {
        try {
            JobExecution last = lastExecution(inbox);
            if (last != null && UNFINISHED.contains(last.getStatus())) {
                // We hold the import lock, so no process is running it: its process died. Mark it so it can restart.
                last = jobOperator.recover(last);
            }
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                failStepsLeftRunning(last);
                return jobOperator.restart(last);
            }
            JobParameters parameters = new JobParametersBuilder()
                    .addString("inbox", inbox.toString())
                    .addLocalDateTime("run", LocalDateTime.now())
                    .toJobParameters();
            return jobOperator.start(importJob, parameters);
        } catch (Exception e) {
            throw new UserException("không chạy được công việc nhập: " + reason(List.of(e)) + ". Chạy lại da06 import khi cơ sở "
                    + "dữ liệu sẵn sàng; lần nhập dở dang (nếu có) sẽ được tiếp tục.", e);
        }
    }

    /**
     * A run whose database session was cut can end FAILED while its step still shows as running (the step's last
     * update went down with the session), and Batch will not restart a job with a running step. We hold the import
     * lock, so no process runs that step: it failed with its run.
     */
    private void failStepsLeftRunning(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
            }
        }
    }

    private JobExecution lastExecution(Path inbox) {
        JobInstance instance = jobRepository.getLastJobInstance(ImportJobConfiguration.JOB_NAME);
        if (instance == null) {
            return null;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || !inbox.toString().equals(last.getJobParameters().getString("inbox"))) {
            return null;
        }
        return last;
    }

    /**
     * Why a run failed, for the operator: what the database did, in Vietnamese, else the first failure's root message.
     */
    static String reason(List<Throwable> failures) {
        return Failures.databaseFailure(failures).orElseGet(() -> failures.isEmpty() ? "không rõ lý do"
                : Failures.rootMessage(failures.get(0)));
    }

    private static String statusText(BatchStatus status) {
        return switch (status) {
            case FAILED -> "thất bại";
            case STOPPED, STOPPING -> "đã dừng";
            case ABANDONED -> "đã bỏ";
            default -> "dở dang, trạng thái " + status;
        };
    }
}
