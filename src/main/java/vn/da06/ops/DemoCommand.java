package vn.da06.ops;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;
import vn.da06.cli.CliCommand;
import vn.da06.cli.MonthRangeConverter;
import vn.da06.cli.OutputFolder;
import vn.da06.plan.BundledPlan;
import vn.da06.plan.PlanImporter;
import vn.da06.plan.PlanStore;
import vn.da06.report.ReportLauncher;
import vn.da06.sample.SampleFile;
import vn.da06.sample.SampleRun;
import vn.da06.sample.SampleWorkbooks;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;

@Component
@Scope("prototype")
@Order(5)
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Chạy thử toàn bộ quy trình với một kế hoạch có sẵn trong da06: nạp kế hoạch, tạo báo cáo mẫu của "
                + "các đơn vị cho các tháng của kế hoạch, nhập vào kho, lập báo cáo tháng cuối, sơ kết 6 tháng và tổng "
                + "kết năm khi các tháng đã chạy gồm tháng 6 và tháng 12 (PDF, DOCX, XLSX), rồi in đường dẫn các tệp PDF.",
                "Kế hoạch có sẵn: TUYPHUOC-2024 (kế hoạch năm 2024 của huyện Tuy Phước, mặc định) và GIALAI-2025 (kế "
                        + "hoạch mẫu 6 tháng cuối năm 2025 của tỉnh Gia Lai sau sắp xếp đơn vị hành chính; da06 nạp cả "
                        + "số liệu mẫu cùng các tháng năm 2024 của các xã, thị trấn trước sắp xếp để so sánh).",
                "Chạy lại thì dùng lại kế hoạch và số liệu đã nạp, chỉ lập lại các báo cáo."})
class DemoCommand implements CliCommand, Runnable {

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

    @Option(names = "--plan", paramLabel = "MÃ", defaultValue = BundledPlan.CODE,
            description = "Kế hoạch có sẵn để chạy thử: TUYPHUOC-2024 hoặc GIALAI-2025 (mặc định: ${DEFAULT-VALUE}).")
    String planCode;

    @Option(names = "--month", paramLabel = "YYYY-MM[..YYYY-MM]", converter = MonthRangeConverter.class,
            description = "Các tháng chạy thử, trong thời gian của kế hoạch (mặc định: mọi tháng của kế hoạch).")
    MonthRange requestedMonths;

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
        if (!BundledPlan.isBundled(planCode)) {
            throw new UserException("da06 demo chạy với kế hoạch có sẵn trong da06: " + String.join(", ", BundledPlan.codes())
                    + "; không có kế hoạch " + planCode + ".");
        }
        Optional<String> predecessor = BundledPlan.predecessor(planCode);
        out.println("da06 chạy thử với kế hoạch " + planCode + " (thư mục làm việc " + properties.home() + ")");
        out.flush();

        // The earlier plan first, as a warehouse would have taken it in its time.
        for (String code : predecessor.map(p -> List.of(p, planCode)).orElse(List.of(planCode))) {
            PlanStore.LoadResult plan = plans.importBundled(code);
            out.println("1. Kế hoạch " + plan.planCode() + ": " + (plan.changed() ? "đã nạp." : "dùng lại kế hoạch đã nạp (không thay đổi)."));
        }
        out.flush();
        MonthRange months = months(planCode);

        Path inbox = properties.home().resolve("demo").resolve("inbox");
        boolean resumed = !isEmpty(inbox);
        if (resumed) {
            out.println("2. Báo cáo của các đơn vị: dùng lại các tệp còn trong " + inbox + " từ lần chạy trước bị ngắt.");
        } else {
            predecessor.ifPresent(earlier -> generate(earlier, yearBefore(months), inbox, out));
            generate(planCode, months, inbox, out);
        }
        out.flush();
        if (isEmpty(inbox)) {
            out.println("3. Nhập: không có tệp mới.");
        } else {
            ImportSummary summary = importer.run(inbox, notice -> { });
            out.println("3. Nhập: " + summary.loaded() + " tệp nạp vào kho, " + summary.rejected()
                    + " tệp bị từ chối (kèm báo cáo lỗi trong " + properties.rejected() + "), "
                    + summary.taskRows() + " dòng nhiệm vụ, " + summary.indicatorRows() + " dòng chỉ tiêu.");
        }
        out.flush();

        List<Path> pdfs = new ArrayList<>();
        for (String[] report : reports(months)) {
            reports.make(planCode, report[0], report[1], output.orElse(null)).stream()
                    .filter(p -> p.toString().endsWith(".pdf")).forEach(pdfs::add);
        }
        out.println("4. Báo cáo đã lập (bản DOCX và XLSX nằm cùng thư mục):");
        pdfs.forEach(pdf -> out.println("   " + pdf.toAbsolutePath()));
        out.printf("Xong sau %d giây. Xem tình hình báo cáo tháng: target/da06 status --plan %s --month %s%n",
                (System.nanoTime() - started) / 1_000_000_000, planCode, months.last());
        out.flush();
    }

    /** The months asked for, or the plan's; refused when they leave the plan. */
    private MonthRange months(String code) {
        Map<String, Object> plan = jdbc.sql(SqlFiles.load("query/ops/demo-plan.sql")).param("plan", code).query().singleRow();
        MonthRange whole = new MonthRange(YearMonth.from(((Date) plan.get("starts_on")).toLocalDate()),
                YearMonth.from(((Date) plan.get("ends_on")).toLocalDate()));
        if (requestedMonths == null) {
            return whole;
        }
        if (requestedMonths.first().isBefore(whole.first()) || requestedMonths.last().isAfter(whole.last())) {
            throw new UserException("các tháng " + requestedMonths.label() + " nằm ngoài kế hoạch " + code + " (từ "
                    + whole.label().replace("–", " đến ") + ").");
        }
        return requestedMonths;
    }

    /** Sample workbooks of the plan's units for the months, unless the warehouse already holds some of them. */
    private void generate(String code, MonthRange months, Path inbox, PrintWriter out) {
        long loaded = jdbc.sql(SqlFiles.load("query/ops/demo-submissions.sql")).param("plan", code)
                .param("first", key(months.first())).param("last", key(months.last())).query(Long.class).single();
        if (loaded > 0) {
            out.println("2. Báo cáo của các đơn vị theo kế hoạch " + code + " tháng " + months.label() + ": dùng lại "
                    + loaded + " tệp đã nhập ở lần chạy trước.");
            return;
        }
        SampleRun run = samples.generate(code, months, SampleWorkbooks.DEFAULT_SEED, inbox);
        out.println("2. Báo cáo của các đơn vị theo kế hoạch " + code + ": đã tạo " + run.files().size()
                + " tệp mẫu cho tháng " + months.label() + " trong " + inbox + " (" + run.count(SampleFile.Kind.LATE)
                + " tệp gửi trễ, " + run.missing().size() + " lượt không gửi, " + run.count(SampleFile.Kind.MISTAKE)
                + " tệp có lỗi).");
    }

    /**
     * The last month's report, the half-year review when the months run from the first half into June, the
     * year-end summary when they reach December.
     */
    private static List<String[]> reports(MonthRange months) {
        List<String[]> made = new ArrayList<>();
        YearMonth last = months.last();
        made.add(new String[] {"monthly", last.toString()});
        YearMonth june = YearMonth.of(last.getYear(), 6);
        if (!months.first().isAfter(june) && !last.isBefore(june)) {
            made.add(new String[] {"half-year", last.getYear() + "-H1"});
        }
        if (last.getMonthValue() == 12) {
            made.add(new String[] {"annual", Integer.toString(last.getYear())});
        }
        return made;
    }

    private static MonthRange yearBefore(MonthRange months) {
        return new MonthRange(months.first().minusYears(1), months.last().minusYears(1));
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
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
