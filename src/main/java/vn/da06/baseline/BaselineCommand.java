package vn.da06.baseline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.TreeSet;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.da06.cli.CommandGroup;
import vn.da06.cli.PlanOption;
import vn.da06.plan.PlanCatalog;

/** {@code da06 baseline}: a previous year's indicator figures, for the reviews' "cùng kỳ năm trước". */
@Component
@Scope("prototype")
@Order(45)
@Command(name = "baseline", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH",
        description = "Số liệu các chỉ tiêu của năm trước (trước khi dùng da06), để báo cáo sơ kết, tổng kết so sánh "
                + "với cùng kỳ năm trước.",
        subcommands = {BaselineCommand.Template.class, BaselineCommand.Import.class})
class BaselineCommand extends CommandGroup {

    @Component
    @Scope("prototype")
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"Tạo tệp Excel để điền số liệu các chỉ tiêu của một năm trước, theo từng đơn vị: mỗi dòng "
                    + "một đơn vị, một chỉ tiêu, một kỳ (6 tháng đầu năm, cả năm), đã ghi sẵn mã đơn vị và chỉ tiêu "
                    + "theo kế hoạch; trang \"Hướng dẫn\" nói cách điền.",
                    "In đường dẫn tệp đã ghi."})
    static class Template implements Runnable {

        private final BaselineTemplate template;
        private final PlanCatalog plans;

        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "NĂM", description = "Năm của số liệu, ví dụ 2023.")
        int year;

        @Option(names = "--out", paramLabel = "TỆP",
                description = "Tệp ghi ra (mặc định: so-lieu-nam-<NĂM>.xlsx trong thư mục hiện tại).")
        Path out;

        @Mixin
        PlanOption plan;

        Template(BaselineTemplate template, PlanCatalog plans) {
            this.template = template;
            this.plans = plans;
        }

        @Override
        public void run() {
            String code = plans.resolve(plan.code());
            Path file = (out == null ? Path.of("so-lieu-nam-" + year + ".xlsx") : out).toAbsolutePath().normalize();
            try {
                int rows = template.write(code, year, file);
                PrintWriter printer = spec.commandLine().getOut();
                printer.println(file);
                printer.println(rows + " dòng cần điền (kế hoạch " + code + ").");
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Nạp số liệu các chỉ tiêu năm trước từ tệp đã điền theo mẫu của da06 baseline template.",
                    "Tệp có dòng sai thì không nạp gì và báo các dòng sai; nạp lại cùng đơn vị, chỉ tiêu, kỳ thì số mới thay số cũ."})
    static class Import implements Runnable {

        private final BaselineImporter importer;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TỆP", description = "Tệp .xlsx đã điền.")
        Path file;

        Import(BaselineImporter importer) {
            this.importer = importer;
        }

        @Override
        public void run() {
            BaselineImporter.Loaded loaded = importer.load(file);
            PrintWriter printer = spec.commandLine().getOut();
            printer.println("Đã nạp " + loaded.rows() + " dòng số liệu năm trước (kỳ " + String.join(", ", new TreeSet<>(loaded.periods()))
                    + ") từ " + file.getFileName() + ".");
            printer.flush();
        }
    }
}
