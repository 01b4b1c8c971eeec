package vn.da06.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.da06.Da06Properties;
import vn.da06.UserException;
import vn.da06.ops.CliCommand;
import vn.da06.plan.PlanCatalog;

@Component
@Order(40)
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lập báo cáo tháng, sơ kết 6 tháng hoặc tổng kết năm từ kho dữ liệu: PDF để ký và gửi, "
                + "DOCX để chỉnh sửa, XLSX để phân tích (kèm hai trang dữ liệu \"Dữ liệu chỉ tiêu\" và \"Dữ liệu nhiệm vụ\").",
                "Tệp được ghi vào THƯ_MỤC/<loại>_<kỳ>.<đuôi>, ví dụ reports/half-year_2024-H1.pdf; lệnh in đường dẫn các tệp đã ghi.",
                "Người ký, số văn bản, ngày báo cáo và nơi nhận lấy từ cấu hình da06.report (application.yml)."})
class ReportCommand implements CliCommand, Runnable {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JobOperator jobOperator;
    private final Job reportJob;
    private final PlanCatalog plans;
    private final ReportQueries queries;
    private final ReportProperties settings;
    private final Da06Properties folders;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOẠI", converter = ReportKind.Converter.class,
            description = "monthly (báo cáo tháng), half-year (sơ kết 6 tháng) hoặc annual (tổng kết năm).")
    ReportKind kind;

    @Option(names = "--period", required = true, paramLabel = "KỲ",
            description = "Kỳ báo cáo: tháng 2024-05, sáu tháng đầu năm 2024-H1, hoặc năm 2024.")
    String period;

    @Option(names = "--format", split = ",", paramLabel = "ĐỊNH_DẠNG", converter = ReportFormat.Converter.class,
            defaultValue = "pdf,docx,xlsx", description = "Định dạng, cách nhau bằng dấu phẩy (mặc định: ${DEFAULT-VALUE}).")
    List<ReportFormat> formats;

    @Option(names = "--plan", paramLabel = "MÃ", description = "Mã kế hoạch (mặc định: kế hoạch năm gần nhất).")
    String planCode;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục ghi báo cáo (mặc định: reports/ trong thư mục da06).")
    Path out;

    ReportCommand(JobOperator jobOperator, Job reportJob, PlanCatalog plans, ReportQueries queries,
                  ReportProperties settings, Da06Properties folders) {
        this.jobOperator = jobOperator;
        this.reportJob = reportJob;
        this.plans = plans;
        this.queries = queries;
        this.settings = settings;
        this.folders = folders;
    }

    @Override
    public void run() {
        ReportPeriod reportPeriod = ReportPeriod.parse(kind, period);
        String plan = plans.resolve(planCode);
        queries.plan(plan, reportPeriod);
        LocalDate date = settings.date() == null ? LocalDate.now(VIETNAM) : settings.date();
        ReportRequest request = new ReportRequest(plan, kind, reportPeriod.code(), List.copyOf(formats),
                out == null ? folders.reports() : out, date);
        JobExecution execution = start(request);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new UserException("lập báo cáo không thành công (lần chạy số " + execution.getId() + "): "
                    + failure(execution) + " Sửa nguyên nhân rồi chạy lại lệnh.");
        }
        PrintWriter printer = spec.commandLine().getOut();
        request.files().forEach(file -> printer.println(file));
        printer.flush();
    }

    private JobExecution start(ReportRequest request) {
        try {
            return jobOperator.start(reportJob, request.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the report job", e);
        }
    }

    private static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(ReportCommand::rootMessage)
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
