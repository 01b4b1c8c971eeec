package vn.da06.report;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

import vn.da06.base.Da06Properties;
import vn.da06.base.UserException;
import vn.da06.plan.PlanCatalog;

/** Makes one report by running the report job; used by {@code da06 report}, {@code serve} and {@code demo}. */
@Service
public class ReportLauncher {

    private final JobOperator jobOperator;
    private final Job reportJob;
    private final PlanCatalog plans;
    private final ReportQueries queries;
    private final ReportProperties settings;
    private final Da06Properties folders;

    ReportLauncher(JobOperator jobOperator, Job reportJob, PlanCatalog plans, ReportQueries queries,
                   ReportProperties settings, Da06Properties folders) {
        this.jobOperator = jobOperator;
        this.reportJob = reportJob;
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
                    + "báo cáo; muốn lập trang báo cáo trống thì thêm --allow-empty.");
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
        JobExecution execution = start(request);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new UserException("lập báo cáo không thành công (lần chạy số " + execution.getId() + "): "
                    + failure(execution) + " Sửa nguyên nhân rồi chạy lại lệnh.");
        }
        return request.files();
    }

    private JobExecution start(ReportRequest request) {
        try {
            return jobOperator.start(reportJob, request.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the report job", e);
        }
    }

    /** A report run as users name it, e.g. "sơ kết 6 tháng 2024-H1", from its job parameters kind and period. */
    public static String describe(String kindCode, String periodCode) {
        return ReportKind.of(kindCode).title(periodCode);
    }

    private static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(ReportLauncher::rootMessage)
                .orElse("trạng thái " + execution.getStatus() + ".");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof UserException)) {
            root = root.getCause();
        }
        return root instanceof UserException ? root.getMessage()
                : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ".";
    }
}
