package vn.da06.submission;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.cli.CliCommand;

@Component
@Scope("prototype")
@Order(30)
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Nhập các tệp báo cáo tháng trong hộp thư (inbox/<mã đơn vị>/*.xlsx) vào kho dữ liệu.",
                "Tệp hợp lệ được nạp và chuyển vào archive/<mã đơn vị>/<tháng>/; tệp sai được chuyển vào "
                        + "rejected/<mã đơn vị>/ kèm báo cáo lỗi *_LOI.xlsx. Tệp gửi lại cho cùng tháng thay thế bản trước; "
                        + "tệp trùng nội dung với tệp đã nạp không thay đổi gì.",
                "Mã thoát 0 khi lần nhập hoàn tất, kể cả khi có tệp bị từ chối; khác 0 khi lần nhập không chạy được."})
class ImportCommand implements CliCommand, Runnable {

    private final ImportLauncher launcher;
    private final WorkbookProcessor processor;
    private final Da06Properties properties;

    @Spec
    CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "THƯ_MỤC", description = "Hộp thư cần nhập (mặc định: inbox/ trong thư mục da06).")
    Path inbox;

    @Option(names = "--dry-run", description = "Chỉ kiểm tra và in tệp nào sẽ được nạp, tệp nào bị từ chối; không thay đổi gì.")
    boolean dryRun;

    ImportCommand(ImportLauncher launcher, WorkbookProcessor processor, Da06Properties properties) {
        this.launcher = launcher;
        this.processor = processor;
        this.properties = properties;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            dryRun(out);
            return;
        }
        ImportSummary summary = launcher.run(inbox, notice -> {
            out.println(notice);
            out.flush();
        });
        summary.print(out);
        printLeftInUse(out, inbox == null ? properties.inbox() : inbox);
    }

    private static void printLeftInUse(PrintWriter out, Path folder) {
        long inUse = InboxScanner.inUseCount(folder);
        if (inUse > 0) {
            out.println("Để lại trong hộp thư " + inUse + " tệp đang được ghi hoặc đang mở (tên bắt đầu bằng \".\" hay"
                    + " \"~$\"); lần nhập sau sẽ xét khi chương trình kia xong việc.");
            out.flush();
        }
    }

    private void dryRun(PrintWriter out) {
        Path folder = inbox == null ? properties.inbox() : inbox;
        List<InboxFile> files = InboxScanner.scan(folder, Instant.now());
        ReferenceData reference = processor.referenceData();
        out.println("Chạy thử (không thay đổi gì): " + files.size() + " tệp trong " + folder.toAbsolutePath());
        for (InboxFile file : files) {
            ImportOutcome outcome = processor.process(file, reference);
            out.println("  " + file.display() + ": " + switch (outcome.kind()) {
                case LOAD -> "sẽ nạp (" + outcome.parsed().tasks().size() + " nhiệm vụ, "
                        + outcome.parsed().indicators().size() + " chỉ tiêu, kỳ " + outcome.parsed().month() + ")";
                case DUPLICATE -> "trùng với tệp đã nạp, sẽ chỉ lưu hồ sơ";
                case FINISH_MOVE -> "đã ghi nhận ở lần nhập trước, sẽ chuyển tệp vào nơi lưu";
                case REJECT -> "sẽ bị từ chối: " + outcome.errors().get(0).describe()
                        + (outcome.errors().size() > 1 ? " (và " + (outcome.errors().size() - 1) + " lỗi khác)" : "");
            });
        }
        printLeftInUse(out, folder);
    }
}
