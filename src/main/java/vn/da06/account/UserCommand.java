package vn.da06.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.da06.base.UserException;
import vn.da06.cli.CommandGroup;
import vn.da06.cli.TextColumns;

@Component
@Scope("prototype")
@Order(85)
@Command(name = "user", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH",
        description = "Quản lý tài khoản đăng nhập cổng web (da06 serve): tạo, liệt kê, vô hiệu hóa.",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Disable.class,
                UserCommand.Enable.class})
class UserCommand extends CommandGroup {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Component
    @Scope("prototype")
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Tạo một tài khoản. Mật khẩu (ít nhất 10 ký tự) được đọc từ đầu vào chuẩn, hoặc từ tệp "
                    + "--password-file (dòng đầu); da06 chỉ lưu mã băm BCrypt của mật khẩu.",
                    "Ví dụ: da06 user add quantri --role admin",
                    "       da06 user add xa.phuocson --role unit --unit 21952 --password-file /root/mk.txt"})
    static class Add implements Runnable {

        private final Accounts accounts;
        private final AuditLog audit;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TÊN_ĐĂNG_NHẬP", description = "Tên đăng nhập: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.")
        String login;

        @Option(names = "--role", required = true, paramLabel = "VAI_TRÒ", converter = Role.Converter.class,
                description = "admin (quản trị: mọi việc và tài khoản), staff (cán bộ: tình hình tháng, báo cáo, chốt số "
                        + "liệu, duyệt), leader (lãnh đạo: xem báo cáo và tình hình tháng), unit (đơn vị: mẫu, gửi báo "
                        + "cáo và kết quả của đơn vị mình).")
        Role role;

        @Option(names = "--unit", paramLabel = "MÃ", description = "Mã đơn vị của tài khoản vai trò unit.")
        String unit;

        @Option(names = "--password-file", paramLabel = "TỆP", description = "Đọc mật khẩu từ dòng đầu của tệp này "
                + "thay vì từ đầu vào chuẩn.")
        Path passwordFile;

        Add(Accounts accounts, AuditLog audit) {
            this.accounts = accounts;
            this.audit = audit;
        }

        @Override
        public void run() {
            accounts.check(login, role, unit);
            Account account = accounts.add(login, role, unit, password());
            audit.record(AuditLog.commandLineUser(), AuditLog.Action.USER_ADDED, account.unitCode(),
                    "tài khoản " + account.login() + ", vai trò " + account.role().label(), null);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Đã tạo tài khoản " + account.login() + " (" + account.role().label()
                    + (account.unitCode() == null ? "" : " " + account.unitCode()) + ").");
            out.flush();
        }

        private String password() {
            if (passwordFile != null) {
                return firstLine(passwordFile);
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Mật khẩu cho %s: ", login);
                char[] again = console.readPassword("Nhập lại mật khẩu: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new UserException("hai lần nhập mật khẩu không khớp; chạy lại lệnh.");
                }
                return new String(first);
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new UserException("không đọc được mật khẩu: hãy gõ mật khẩu khi được hỏi, chuyển vào đầu vào chuẩn "
                            + "(ví dụ: da06 user add " + login + " --role ... < tệp-mật-khẩu) hoặc dùng --password-file.");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String firstLine(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return lines.isEmpty() ? "" : lines.get(0);
            } catch (NoSuchFileException e) {
                throw new UserException("không có tệp mật khẩu " + file.toAbsolutePath() + ".", e);
            } catch (IOException e) {
                throw new UserException("không đọc được tệp mật khẩu " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Liệt kê các tài khoản: tên đăng nhập, vai trò, đơn vị, trạng thái, lần đăng nhập gần nhất.")
    static class ListAccounts implements Runnable {

        private final Accounts accounts;

        @Spec
        CommandSpec spec;

        ListAccounts(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void run() {
            List<Account> all = accounts.list();
            StringBuilder text = new StringBuilder();
            if (all.isEmpty()) {
                text.append("Chưa có tài khoản nào. Tạo tài khoản quản trị: da06 user add <tên đăng nhập> --role admin")
                        .append(System.lineSeparator());
            } else {
                Instant now = Instant.now();
                TextColumns table = new TextColumns(24, 10, 8, 36, 18);
                table.append(text, "Tên đăng nhập", "Vai trò", "Đơn vị", "Trạng thái", "Đăng nhập gần nhất");
                for (Account a : all) {
                    table.append(text, a.login(), a.role().label(), a.unitCode() == null ? "" : a.unitCode(),
                            a.stateLabel(now), a.lastLoginAt() == null ? "chưa" : TIME.format(a.lastLoginAt()
                                    .atZone(ZoneId.systemDefault())));
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Vô hiệu hóa một tài khoản: không đăng nhập được nữa (mọi ghi nhận cũ vẫn giữ nguyên).")
    static class Disable implements Runnable {

        private final Accounts accounts;
        private final AuditLog audit;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TÊN_ĐĂNG_NHẬP", description = "Tài khoản cần vô hiệu hóa.")
        String login;

        Disable(Accounts accounts, AuditLog audit) {
            this.accounts = accounts;
            this.audit = audit;
        }

        @Override
        public void run() {
            accounts.setEnabled(login, false);
            audit.record(AuditLog.commandLineUser(), AuditLog.Action.USER_DISABLED, null, "tài khoản " + login, null);
            spec.commandLine().getOut().println("Đã vô hiệu hóa tài khoản " + Accounts.normalise(login) + ".");
            spec.commandLine().getOut().flush();
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Cho một tài khoản đã vô hiệu hóa (hoặc đang tạm khóa do đăng nhập sai) đăng nhập lại.")
    static class Enable implements Runnable {

        private final Accounts accounts;
        private final AuditLog audit;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TÊN_ĐĂNG_NHẬP", description = "Tài khoản cần kích hoạt lại.")
        String login;

        Enable(Accounts accounts, AuditLog audit) {
            this.accounts = accounts;
            this.audit = audit;
        }

        @Override
        public void run() {
            accounts.setEnabled(login, true);
            audit.record(AuditLog.commandLineUser(), AuditLog.Action.USER_ENABLED, null, "tài khoản " + login, null);
            spec.commandLine().getOut().println("Đã kích hoạt lại tài khoản " + Accounts.normalise(login) + ".");
            spec.commandLine().getOut().flush();
        }
    }
}
