package vn.da06.report;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.da06.cli.CliCommand;
import vn.da06.cli.OutputFolder;
import vn.da06.cli.PlanOption;

@Component
@Scope("prototype")
@Order(40)
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lập báo cáo tháng, sơ kết 6 tháng hoặc tổng kết năm từ kho dữ liệu: PDF để ký và gửi, "
                + "DOCX để chỉnh sửa, XLSX để phân tích (kèm hai trang dữ liệu \"Dữ liệu chỉ tiêu\" và \"Dữ liệu nhiệm vụ\").",
                "Tệp được ghi vào THƯ_MỤC/<loại>_<kỳ>.<đuôi>, ví dụ reports/half-year_2024-H1.pdf; lệnh in đường dẫn các tệp đã ghi.",
                "Người ký, số văn bản, ngày báo cáo và nơi nhận lấy từ cấu hình da06.report (application.yml)."})
class ReportCommand implements CliCommand, Runnable {

    private final ReportLauncher launcher;

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

    @Option(names = "--allow-empty",
            description = "Vẫn lập báo cáo khi kỳ chưa có báo cáo nào của đơn vị được tiếp nhận (mặc định: báo lỗi).")
    boolean allowEmpty;

    @Mixin
    PlanOption plan;

    @Mixin
    OutputFolder output;

    ReportCommand(ReportLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public void run() {
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        launcher.make(plan.code(), kind, period, List.copyOf(formats), output.orElse(null), allowEmpty, warning -> {
            err.println(warning);
            err.flush();
        }).forEach(printer::println);
        printer.flush();
    }
}
