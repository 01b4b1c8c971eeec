package vn.da06.mail;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.da06.base.UserException;
import vn.da06.cli.CommandGroup;

/** {@code da06 unit}: settings of one reporting unit that are not part of the plan. */
@Component
@Scope("prototype")
@Order(15)
@Command(name = "unit", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH",
        description = "Cài đặt của từng đơn vị ngoài kế hoạch: địa chỉ thư được gửi báo cáo.",
        subcommands = {UnitCommand.Mail.class})
class UnitCommand extends CommandGroup {

    @Component
    @Scope("prototype")
    @Command(name = "mail", mixinStandardHelpOptions = true,
            description = {"Đặt các địa chỉ thư được gửi báo cáo của đơn vị (thay cho danh sách cũ); không nêu địa chỉ: "
                    + "in danh sách hiện có.",
                    "Tệp báo cáo của đơn vị gửi từ địa chỉ khác không được nhập; người gửi được báo lý do.",
                    "Ví dụ: da06 unit mail 21952 vanthu.tuyphuoc@gmail.com ca.tuyphuoc@binhdinh.gov.vn"})
    static class Mail implements Runnable {

        private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

        private final AllowedSenders senders;
        private final MailStore store;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "MÃ_ĐƠN_VỊ", description = "Mã đơn vị, ví dụ 21952.")
        String unitCode;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "ĐỊA_CHỈ", description = "Địa chỉ thư, ví dụ vanthu@tuyphuoc.gov.vn.")
        List<String> addresses = List.of();

        Mail(AllowedSenders senders, MailStore store) {
            this.senders = senders;
            this.store = store;
        }

        @Override
        public void run() {
            if (!store.unitExists(unitCode)) {
                throw new UserException("không có đơn vị mã \"" + unitCode + "\"; xem mã đơn vị bằng da06 plan show.");
            }
            for (String address : addresses) {
                if (!ADDRESS.matcher(address.strip()).matches()) {
                    throw new UserException("\"" + address + "\" không phải một địa chỉ thư (dạng ten@mien.vn); không thay đổi gì.");
                }
            }
            String name = store.unitName(unitCode, null);
            PrintWriter out = spec.commandLine().getOut();
            if (!addresses.isEmpty()) {
                senders.replace(unitCode, addresses);
            }
            List<String> allowed = senders.of(unitCode);
            out.println((addresses.isEmpty() ? "" : "Đã đặt. ") + name + " (" + unitCode + ") được gửi báo cáo từ: "
                    + (allowed.isEmpty() ? "(chưa có địa chỉ nào)" : String.join(", ", allowed)));
            out.flush();
        }
    }
}
