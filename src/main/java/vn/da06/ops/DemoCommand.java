package vn.da06.ops;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.base.SqlFiles;
import vn.da06.cli.CliCommand;
import vn.da06.cli.OutputFolder;
import vn.da06.plan.BundledPlan;
import vn.da06.plan.PlanImporter;
import vn.da06.plan.PlanStore;
import vn.da06.report.ReportLauncher;
import vn.da06.sample.SampleRun;
import vn.da06.sample.SampleWorkbooks;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;

@Component
@Scope("prototype")
@Order(5)
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Chạy thử toàn bộ quy trình với kế hoạch năm 2024 của huyện Tuy Phước: nạp kế hoạch, tạo báo cáo "
                + "mẫu của các đơn vị cho cả năm, nhập vào kho, lập báo cáo tháng 12, sơ kết 6 tháng và tổng kết năm "
                + "(PDF, DOCX, XLSX), rồi in đường dẫn các tệp PDF.",
                "Chạy lại thì dùng lại kế hoạch và số liệu đã nạp, chỉ lập lại các báo cáo."})
class DemoCommand implements CliCommand, Runnable {

    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth LAST = YearMonth.of(2024, 12);
    private static final List<String[]> REPORTS = List.of(
            new String[] {"monthly", "2024-12"}, new String[] {"half-year", "2024-H1"}, new String[] {"annual", "2024"});

    private final PlanImporter plans;
    private final SampleWorkbooks samples;
    private final ImportLauncher importer;
    private final ReportLauncher reports;
    private final JdbcClient jdbc;
    private final Da06Properties properties;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputFolder output;

    DemoCommand(PlanImporter plans, SampleWorkbooks samples, ImportLauncher importer, ReportLauncher reports,
                JdbcClient jdbc, Da06Properties properties) {
        this.plans = plans;
        this.samples = samples;
        this.importer = importer;
        this.reports = reports;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        out.println("da06 chạy thử với kế hoạch Đề án 06 năm 2024 của huyện Tuy Phước (thư mục làm việc " + properties.home() + ")");
        out.flush();

        PlanStore.LoadResult plan = plans.importBundled();
        out.println("1. Kế hoạch " + plan.planCode() + ": " + (plan.changed() ? "đã nạp." : "dùng lại kế hoạch đã nạp (không thay đổi)."));
        out.flush();

        Path inbox = properties.home().resolve("demo").resolve("inbox");
        long loadedBefore = submissionsOfPlan();
        if (loadedBefore > 0 && isEmpty(inbox)) {
            out.println("2. Báo cáo của các đơn vị: dùng lại " + loadedBefore + " tệp đã nhập ở lần chạy trước.");
            out.println("3. Nhập: không có tệp mới.");
        } else {
            if (isEmpty(inbox)) {
                SampleRun run = samples.generate(BundledPlan.CODE, new MonthRange(FIRST, LAST), SampleWorkbooks.DEFAULT_SEED, inbox);
                out.println("2. Báo cáo của các đơn vị: đã tạo " + run.files().size() + " tệp mẫu cho 12 tháng năm 2024 trong "
                        + inbox + " (" + run.count(vn.da06.sample.SampleFile.Kind.LATE) + " tệp gửi trễ, "
                        + run.missing().size() + " lượt không gửi, " + run.count(vn.da06.sample.SampleFile.Kind.MISTAKE)
                        + " tệp có lỗi).");
            } else {
                out.println("2. Báo cáo của các đơn vị: dùng lại các tệp còn trong " + inbox + " từ lần chạy trước bị ngắt.");
            }
            out.flush();
            ImportSummary summary = importer.run(inbox, notice -> { });
            out.println("3. Nhập: " + summary.loaded() + " tệp nạp vào kho, " + summary.rejected()
                    + " tệp bị từ chối (kèm báo cáo lỗi trong " + properties.rejected() + "), "
                    + summary.taskRows() + " dòng nhiệm vụ, " + summary.indicatorRows() + " dòng chỉ tiêu.");
        }
        out.flush();

        List<Path> pdfs = new ArrayList<>();
        for (String[] report : REPORTS) {
            reports.make(BundledPlan.CODE, report[0], report[1], output.orElse(null)).stream()
                    .filter(p -> p.toString().endsWith(".pdf")).forEach(pdfs::add);
        }
        out.println("4. Báo cáo đã lập (bản DOCX và XLSX nằm cùng thư mục):");
        pdfs.forEach(pdf -> out.println("   " + pdf.toAbsolutePath()));
        out.printf("Xong sau %d giây. Xem tình hình báo cáo tháng: java -jar target/da06.jar status --month 2024-12%n",
                (System.nanoTime() - started) / 1_000_000_000);
        out.flush();
    }

    private long submissionsOfPlan() {
        return jdbc.sql(SqlFiles.load("query/ops/demo-submissions.sql"))
                .param("plan", BundledPlan.CODE).query(Long.class).single();
    }

    private static boolean isEmpty(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.noneMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
