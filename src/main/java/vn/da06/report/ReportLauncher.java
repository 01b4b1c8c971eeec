package vn.da06.report;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import vn.da06.base.Da06Properties;
import vn.da06.base.Failures;
import vn.da06.base.UserException;
import vn.da06.batch.JobRunLock;
import vn.da06.plan.PlanCatalog;

/**
 * Makes one report by running the report job; used by {@code da06 report}, {@code serve} and {@code demo}. While it
 * runs, it holds the request's {@link JobRunLock}. If the previous run of the same request failed or was cut short
 * (its process killed), it restarts that job execution: the fill is not redone if it completed, and formats
 * already written are skipped. A request made again after its run completed is a new run.
 */
@Service
public class ReportLauncher {

    private static final Logger log = LoggerFactory.getLogger(ReportLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job reportJob;
    private final DataSource dataSource;
    private final ReportWorkFiles workFiles;
    private final PlanCatalog plans;
    private final ReportQueries queries;
    private final ReportProperties settings;
    private final Da06Properties folders;

    ReportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job reportJob, DataSource dataSource,
                   ReportWorkFiles workFiles, PlanCatalog plans, ReportQueries queries, ReportProperties settings,
                   Da06Properties folders) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.reportJob = reportJob;
        this.dataSource = dataSource;
        this.workFiles = workFiles;
        this.plans = plans;
        this.queries = queries;
        this.settings = settings;
        this.folders = folders;
    }

    /**
     * Writes the report in every format into {@code out} (null: the reports folder) and returns the files.
     *
     * @param kindCode   monthly, half-year or annual
     * @param periodCode 2024-05, 2024-H1 or 2024
     */
    public List<Path> make(String planCode, String kindCode, String periodCode, Path out) {
        return make(planCode, ReportKind.of(kindCode), periodCode, List.copyOf(EnumSet.allOf(ReportFormat.class)), out,
                false, warning -> { });
    }

    /**
     * @param allowEmpty make a report even for a period without any accepted workbook (otherwise a user error)
     * @param warnings   told, in Vietnamese, when the report is made before its period's workbooks are due
     */
    List<Path> make(String planCode, ReportKind kind, String periodCode, List<ReportFormat> formats, Path out,
                    boolean allowEmpty, Consumer<String> warnings) {
        ReportPeriod period = ReportPeriod.parse(kind, periodCode);
        String plan = plans.resolve(planCode);
        queries.plan(plan, period);
        if (!allowEmpty && !queries.hasData(plan, period)) {
            throw new UserException("kỳ " + period.label() + " chưa có báo cáo nào của đơn vị được tiếp nhận, không lập "
                    + "báo cáo; muốn lập trang báo cáo trống thì dùng lệnh da06 report với --allow-empty.");
        }
        LocalDate date = settings.date() == null ? LocalDate.now(folders.zone()) : settings.date();
        Map<String, Object> summary = queries.summary(plan, period, date);
        Date due = (Date) summary.get("due_date");
        if (due != null && date.isBefore(due.toLocalDate().plusDays(1))) {
            warnings.accept("Cảnh báo: báo cáo lập ngày " + DocumentText.day(date) + ", trước khi hết hạn gửi báo cáo tháng "
                    + ReportPeriod.monthLabel(period.last()) + " (ngày " + summary.get("due_text") + "); còn "
                    + summary.get("units_not_reported") + "/" + summary.get("units_expected")
                    + " đơn vị chưa gửi, báo cáo ghi rõ các đơn vị này.");
        }
        ReportRequest request = new ReportRequest(plan, kind, period.code(), formats,
                out == null ? folders.reports() : out, date);
        try (JobRunLock lock = lock(request).orElseThrow(() -> new UserException("báo cáo này đang được một tiến trình "
                + "da06 khác lập (cùng loại, kỳ, định dạng và thư mục); chờ nó xong rồi chạy lại lệnh."))) {
            JobExecution execution = run(request);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new UserException("lập báo cáo không thành công (lần chạy số " + execution.getId() + "): "
                        + failure(execution) + " Sửa nguyên nhân rồi chạy lại lệnh.");
            }
        }
        return request.files();
    }

    /** A report run as users name it, e.g. "sơ kết 6 tháng 2024-H1", from its job parameters kind and period. */
    public static String describe(String kindCode, String periodCode) {
        return ReportKind.of(kindCode).title(periodCode);
    }

    private Optional<JobRunLock> lock(ReportRequest request) {
        try {
            return JobRunLock.tryAcquire(dataSource, ReportJobConfiguration.JOB_NAME, request.key());
        } catch (SQLException e) {
            throw new UserException("không kết nối được cơ sở dữ liệu để lập báo cáo: " + e.getMessage(), e);
        }
    }

    /**
     * Restarts the request's last run if it failed or was cut short, else starts its next run. Holding the
     * request's lock, a run the job repository shows as still running has no process left: it is recovered first.
     */
    private JobExecution run(ReportRequest request) {
        try {
            long run = 1;
            JobInstance last = null;
            for (JobInstance instance = instance(request, run); instance != null; instance = instance(request, ++run)) {
                last = instance;
            }
            JobExecution previous = last == null ? null : jobRepository.getLastJobExecution(last);
            if (previous != null && previous.getStatus().isRunning()) {
                previous = jobOperator.recover(previous);
            }
            boolean restart = previous != null
                    && (previous.getStatus() == BatchStatus.FAILED || previous.getStatus() == BatchStatus.STOPPED);
            giveUpFailedRuns(request, restart ? last.getId() : null);
            return restart ? jobOperator.restart(previous) : jobOperator.start(reportJob, request.toJobParameters(run));
        } catch (JobExecutionException e) {
            throw new IllegalStateException("cannot start the report job", e);
        }
    }

    /** The job instance of the request's {@code run}-th run, if it was made. */
    private JobInstance instance(ReportRequest request, long run) {
        return jobRepository.getJobInstance(ReportJobConfiguration.JOB_NAME, request.toJobParameters(run));
    }

    /**
     * Removes the work files no restart will use: those of runs that ended without removing them, and those of
     * failed runs of the same report asked for another way (other formats, folder or date), which are abandoned: a
     * request is restarted only as it was made, and this report is being made now. Runs that may be going on in
     * another process are left alone.
     */
    private void giveUpFailedRuns(ReportRequest request, Long restarting) {
        for (long id : workFiles.instances()) {
            if (restarting != null && restarting == id) {
                continue;
            }
            JobInstance instance = jobRepository.getJobInstance(id);
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last == null) {
                workFiles.delete(id);
            } else if (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
                ReportRequest other = ReportRequest.from(last.getJobParameters());
                if (other.sameReport(request)) {
                    abandon(last, other);
                }
            } else if (!last.getStatus().isRunning()) {
                workFiles.delete(id); // completed, abandoned or unknown: never restarted
            }
        }
    }

    private void abandon(JobExecution failed, ReportRequest request) {
        try (JobRunLock lock = lock(request).orElse(null)) {
            if (lock == null) {
                return; // its request is being made right now
            }
            jobOperator.abandon(failed);
            workFiles.delete(failed.getJobInstanceId());
            log.info("Bỏ lần chạy số {} (thất bại) của {}: báo cáo này đang được lập lại theo yêu cầu khác",
                    failed.getId(), request.kind().title(request.periodCode()));
        } catch (JobExecutionException e) {
            log.warn("Không bỏ được lần chạy số {}: {}", failed.getId(), e.toString());
        }
    }

    private static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> Failures.userException(e).map(UserException::getMessage)
                        .orElseGet(() -> Failures.describeRoot(e) + "."))
                .orElse("trạng thái " + execution.getStatus() + ".");
    }
}
