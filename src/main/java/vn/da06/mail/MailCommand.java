package vn.da06.mail;

import java.io.PrintWriter;
import java.time.YearMonth;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.da06.cli.CommandGroup;
import vn.da06.cli.MonthConverter;

/** {@code da06 mail}: workbooks sent by e-mail. */
@Component
@Scope("prototype")
@Order(35)
@Command(name = "mail", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH",
        description = {"Nhận báo cáo qua thư điện tử: đọc hộp thư, nhập tệp đính kèm, trả lời người gửi; nhắc đơn vị chưa gửi.",
                "Cài đặt hộp thư (da06.mail.imap.*) và máy chủ gửi thư (spring.mail.*): xem README."},
        subcommands = {MailCommand.Fetch.class, MailCommand.Remind.class})
class MailCommand extends CommandGroup {

    @Component
    @Scope("prototype")
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Đọc một lần các thư mới trong hộp thư: tệp .xlsx đính kèm được nhập như tệp đặt vào inbox/ "
                    + "(đơn vị lấy theo dấu nhận dạng của mẫu), người gửi nhận thư trả lời; thư trả lời chưa gửi được lần "
                    + "trước được gửi lại.",
                    "Mỗi thư chỉ được xử lý một lần; thư xong được gắn cờ da06-done hoặc chuyển sang da06.mail.imap.done-folder."})
    static class Fetch implements Runnable {

        private final MailFetcher fetcher;

        @Spec
        CommandSpec spec;

        Fetch(MailFetcher fetcher) {
            this.fetcher = fetcher;
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            fetcher.fetch(notice -> {
                out.println(notice);
                out.flush();
            }).print(out);
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "remind", mixinStandardHelpOptions = true,
            description = {"Gửi thư nhắc các đơn vị chưa gửi báo cáo tháng, kèm mẫu báo cáo đã điền sẵn của đơn vị; với "
                    + "--overdue: thông báo quá hạn, và danh sách đơn vị chưa gửi cho cán bộ (da06.mail.staff).",
                    "da06 serve tự gửi thư nhắc vào ngày da06.mail.reminder-day (mặc định 10) và thông báo quá hạn vào ngày "
                            + "da06.mail.overdue-day (mặc định 13) cho tháng trước. Mỗi thư chỉ gửi một lần cho mỗi đơn vị, "
                            + "tháng và địa chỉ."})
    static class Remind implements Runnable {

        private final MailReminders reminders;

        @Spec
        CommandSpec spec;

        @Option(names = "--month", required = true, paramLabel = "NĂM-THÁNG", converter = MonthConverter.class,
                description = "Tháng báo cáo, ví dụ 2024-03.")
        YearMonth month;

        @Option(names = "--overdue", description = "Gửi thông báo quá hạn thay cho thư nhắc.")
        boolean overdue;

        @Option(names = "--dry-run", description = "Chỉ in đơn vị nào chưa gửi và sẽ nhận thư; không gửi, không ghi gì.")
        boolean dryRun;

        Remind(MailReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public void run() {
            reminders.remind(month, overdue, dryRun).print(spec.commandLine().getOut());
        }
    }
}
