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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.cli.CliCommand;
import vn.da06.cli.MonthConverter;
import vn.da06.cli.OutputFolder;
import vn.da06.cli.PlanOption;

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

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Kỳ báo cáo, ví dụ 2024-03.")
    YearMonth month;

    @Option(names = "--unit", arity = "1..*", paramLabel = "MÃ",
            description = "Mã đơn vị (có thể ghi nhiều mã). Bỏ trống: mọi đơn vị được giao nhiệm vụ hoặc chỉ tiêu.")
    List<String> units = List.of();

    @Mixin
    PlanOption plan;

    @Mixin
    OutputFolder output;

    TemplateCommand(TemplateGenerator generator, Da06Properties properties) {
        this.generator = generator;
        this.properties = properties;
    }

    @Override
    public void run() {
        Path dir = output.orElse(properties.home().resolve("templates").resolve(month.toString()));
        List<TemplateGenerator.Generated> written = generator.generate(plan.code(), month, units, dir);
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
