package vn.da06.ops;

import java.io.IOException;
import java.io.PrintWriter;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.da06.base.Da06Properties;
import vn.da06.base.UserException;
import vn.da06.cli.CommandGroup;
import vn.da06.database.EmbeddedServer;

/**
 * {@code da06 db start|stop|status}: the embedded PostgreSQL server for operators. Commands start it when they need
 * it and the last one stops it; {@code start} keeps it up between commands (quicker answers, a fixed place to back
 * up from) until {@code stop}.
 */
@Component
@Scope("prototype")
@Order(90)
@Command(name = "db", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH",
        description = {"Cơ sở dữ liệu PostgreSQL nhúng của da06 (trong <thư mục da06>/postgres).",
                "Bình thường không cần lệnh này: lệnh da06 nào cần cơ sở dữ liệu thì tự khởi động nó, và lệnh cuối cùng "
                        + "dùng nó thì dừng nó."},
        subcommands = {DatabaseCommand.Start.class, DatabaseCommand.Stop.class, DatabaseCommand.Status.class})
class DatabaseCommand extends CommandGroup {

    /** The home's embedded server, or a clear error when da06 is set to use a server of its own. */
    static EmbeddedServer embedded(Da06Properties properties, Environment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            throw new UserException("da06 đang dùng máy chủ PostgreSQL riêng (SPRING_DATASOURCE_URL); lệnh da06 db chỉ "
                    + "quản lý PostgreSQL nhúng. Khởi động, dừng máy chủ riêng bằng công cụ của máy chủ đó.");
        }
        return new EmbeddedServer(properties.home());
    }

    /** A subcommand on this home's embedded server: the settings it needs and its output. */
    abstract static class OnEmbeddedServer implements Runnable {

        final Da06Properties properties;
        private final Environment environment;

        @Spec
        CommandSpec spec;

        OnEmbeddedServer(Da06Properties properties, Environment environment) {
            this.properties = properties;
            this.environment = environment;
        }

        EmbeddedServer server() {
            return embedded(properties, environment);
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Khởi động cơ sở dữ liệu nhúng (nếu chưa chạy) và giữ nó chạy giữa các lệnh, đến khi gõ da06 db stop.")
    static class Start extends OnEmbeddedServer {

        Start(Da06Properties properties, Environment environment) {
            super(properties, environment);
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (EmbeddedServer.Lease lease = server().keepRunning(out::println)) {
                out.println("Cơ sở dữ liệu nhúng đang chạy trên 127.0.0.1:" + lease.port() + " (dữ liệu trong "
                        + properties.home().resolve("postgres") + "); nó chạy tiếp đến khi gõ da06 db stop.");
            } catch (IOException e) {
                throw new UserException("không ghi được " + properties.home().resolve("postgres") + ": " + e.getMessage(), e);
            }
            out.flush();
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Dừng cơ sở dữ liệu nhúng; nếu một lệnh da06 khác (ví dụ da06 serve) đang dùng nó thì nó dừng "
                    + "khi lệnh đó kết thúc.")
    static class Stop extends OnEmbeddedServer {

        Stop(Da06Properties properties, Environment environment) {
            super(properties, environment);
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                if (server().release()) {
                    out.println("Cơ sở dữ liệu nhúng đã dừng.");
                } else {
                    out.println("Cơ sở dữ liệu nhúng đang được một lệnh da06 khác dùng (ví dụ da06 serve); nó sẽ dừng khi "
                            + "lệnh cuối cùng dùng nó kết thúc.");
                }
            } catch (IOException e) {
                throw new UserException("không dừng được cơ sở dữ liệu nhúng: " + e.getMessage(), e);
            }
            out.flush();
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Cho biết cơ sở dữ liệu nhúng có đang chạy không, trên cổng nào, có lệnh da06 nào đang dùng không.")
    static class Status extends OnEmbeddedServer {

        Status(Da06Properties properties, Environment environment) {
            super(properties, environment);
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            EmbeddedServer.Status status;
            try {
                status = server().status();
            } catch (IOException e) {
                throw new UserException("không đọc được tình trạng cơ sở dữ liệu nhúng: " + e.getMessage(), e);
            }
            out.println("Cơ sở dữ liệu nhúng: " + status.data());
            if (!status.initialised()) {
                out.println("  Chưa tạo: lệnh da06 đầu tiên cần cơ sở dữ liệu sẽ tạo nó.");
            } else if (status.running()) {
                out.println("  Đang chạy trên 127.0.0.1:" + status.port() + " (tiến trình " + status.pid() + ")"
                        + (status.inUse() ? ", đang được lệnh da06 khác dùng" : ", không lệnh da06 nào đang dùng") + ".");
            } else {
                out.println("  Đã dừng: lệnh da06 tiếp theo cần cơ sở dữ liệu sẽ khởi động nó.");
            }
            out.println("  Giữ chạy giữa các lệnh (da06 db start): " + (status.keptRunning() ? "có" : "không") + ".");
            if (status.initialised()) {
                out.println("  Đăng nhập: vai trò da06, cơ sở dữ liệu da06, chỉ từ máy này; mật khẩu trong "
                        + properties.home().resolve("postgres").resolve("da06.password") + ".");
            }
            out.flush();
        }
    }
}
