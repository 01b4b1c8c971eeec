package vn.da06.sample;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.base.MonthRange;
import vn.da06.cli.CliCommand;
import vn.da06.cli.MonthRangeConverter;
import vn.da06.cli.PlanOption;
import vn.da06.sample.SampleFile.Kind;

// A new instance per command line: picocli takes a reused object's last option values as its defaults.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(21)
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Tạo các tệp báo cáo mẫu như các đơn vị gửi về (để chạy thử và kiểm thử việc nhập báo cáo): "
                + "phần lớn đúng hạn, một số trễ hạn, vài đơn vị không gửi, vài đơn vị gửi lại lần 2, và vài tệp có một lỗi "
                + "mà việc nhập phải từ chối.",
                "Các tệp được ghi theo cách sắp xếp của hộp thư đến: THƯ_MỤC/<mã đơn vị>/<tệp>.xlsx, thời điểm sửa tệp là "
                        + "thời điểm gửi giả định. Cùng hạt giống thì cho cùng số liệu."})
class SampleCommand implements CliCommand, Runnable {

    private final SampleWorkbooks samples;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM[..YYYY-MM]", converter = MonthRangeConverter.class,
            description = "Tháng hoặc khoảng tháng báo cáo, ví dụ 2024-03 hoặc 2024-01..2024-12.")
    MonthRange months;

    // The default in the annotation, not a field initialiser: help is shown from an object whose initialisers never ran.
    @Option(names = "--seed", paramLabel = "SỐ", defaultValue = "" + SampleWorkbooks.DEFAULT_SEED,
            description = "Hạt giống ngẫu nhiên (mặc định: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    PlanOption plan;

    @Option(names = "--out", required = true, paramLabel = "THƯ_MỤC",
            description = "Thư mục ghi các tệp. Không nên là hộp thư đến thật: số liệu mẫu sẽ bị nhập như số liệu thật.")
    Path out;

    SampleCommand(SampleWorkbooks samples) {
        this.samples = samples;
    }

    @Override
    public void run() {
        Path dir = out.toAbsolutePath().normalize();
        SampleRun run = samples.generate(plan.code(), months, seed, dir);
        PrintWriter print = spec.commandLine().getOut();
        long units = run.files().stream().map(SampleFile::unitCode).distinct().count();
        print.println("Đã tạo " + run.files().size() + " tệp báo cáo mẫu của " + units + " đơn vị, tháng " + months.label()
                + ", trong " + dir + " (hạt giống " + seed + "):");
        print.println("  - gửi đúng hạn: " + run.count(Kind.ON_TIME));
        print.println("  - gửi trễ hạn: " + run.count(Kind.LATE));
        print.println("  - gửi lại lần 2 (thay tệp trước): " + run.count(Kind.RESUBMISSION));
        print.println("  - không gửi: " + run.missing().size() + " lượt đơn vị – tháng");
        print.println("  - có lỗi, việc nhập phải từ chối: " + run.count(Kind.MISTAKE));
        run.files().stream().filter(f -> f.kind() == Kind.MISTAKE).forEach(f -> print.println("      "
                + dir.relativize(f.path()) + ": " + f.mistake().description() + " – " + f.detail()));
        print.flush();
    }
}
