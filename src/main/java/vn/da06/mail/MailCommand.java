package vn.da06.mail;

import java.io.PrintWriter;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.da06.cli.CliCommand;

/** {@code da06 mail}: workbooks sent by e-mail. */
@Component
@Scope("prototype")
@Order(35)
@Command(name = "mail", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH",
        description = {"Nhận báo cáo qua thư điện tử: đọc hộp thư, nhập tệp đính kèm, trả lời người gửi; nhắc đơn vị chưa gửi.",
                "Cài đặt hộp thư (da06.mail.imap.*) và máy chủ gửi thư (spring.mail.*): xem README."},
        subcommands = {MailCommand.Fetch.class})
class MailCommand implements CliCommand, Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

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
}
