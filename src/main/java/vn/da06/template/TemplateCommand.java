package vn.da06.template;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.Da06Properties;
import vn.da06.ops.CliCommand;

// A new instance per command line: picocli takes a reused object's last option values as its defaults.
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(20)
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Tạo mẫu báo cáo tháng (.xlsx) cho các đơn vị: mỗi đơn vị một tệp <mã đơn vị>_<YYYY-MM>.xlsx gồm "
                + "các nhiệm vụ đơn vị chủ trì, phối hợp và các chỉ tiêu đơn vị báo cáo theo kế hoạch.",
                "Mẫu được điền sẵn số liệu đã được chấp nhận gần nhất của đơn vị trước tháng đó (tô nền xanh nhạt)."})
class TemplateCommand implements CliCommand, Runnable {

    private final TemplateGenerator generator;
    private final Da06Properties properties;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthRange.MonthConverter.class,
            description = "Kỳ báo cáo, ví dụ 2024-03.")
    YearMonth month;

    @Option(names = "--unit", arity = "1..*", paramLabel = "MÃ",
            description = "Mã đơn vị (có thể ghi nhiều mã). Bỏ trống: mọi đơn vị được giao nhiệm vụ hoặc chỉ tiêu.")
    List<String> units = List.of();

    @Option(names = "--plan", paramLabel = "MÃ", description = "Mã kế hoạch (mặc định: kế hoạch năm gần nhất).")
    String planCode;

    @Option(names = "--out", paramLabel = "THƯ_MỤC",
            description = "Thư mục ghi các tệp (mặc định: templates/<YYYY-MM> trong thư mục làm việc của da06).")
    Path out;

    TemplateCommand(TemplateGenerator generator, Da06Properties properties) {
        this.generator = generator;
        this.properties = properties;
    }

    @Override
    public void run() {
        Path dir = out != null ? out.toAbsolutePath().normalize() : properties.home().resolve("templates").resolve(month.toString());
        List<TemplateGenerator.Generated> written = generator.generate(planCode, month, units, dir);
        PrintWriter print = spec.commandLine().getOut();
        print.println("Đã tạo " + written.size() + " mẫu báo cáo tháng " + MonthRange.LABEL.format(month) + " trong " + dir + ":");
        for (TemplateGenerator.Generated g : written) {
            print.println("  " + g.path().getFileName() + "  " + g.unitName() + ": " + g.tasks() + " nhiệm vụ, "
                    + g.indicators() + " chỉ tiêu" + (g.prefilledFrom() == null ? ""
                    : ", điền sẵn số liệu đến tháng " + MonthRange.LABEL.format(g.prefilledFrom())));
        }
        print.flush();
    }
}
