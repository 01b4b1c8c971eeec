package vn.da06.cli;

import java.io.PrintWriter;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

import vn.da06.base.Failures;
import vn.da06.base.UserException;

/** Builds the {@code da06} command line: the root command, every {@link CliCommand}, Vietnamese help and errors. */
@Component
public class Cli {

    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    private final RootCommand root;
    private final ObjectProvider<CliCommand> commands;
    private final IFactory factory;

    Cli(RootCommand root, ObjectProvider<CliCommand> commands, IFactory factory) {
        this.root = root;
        this.commands = commands;
        this.factory = factory;
    }

    /** A new, ready command line; {@code execute(args)} runs a command and returns its exit code. */
    public CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(root, factory);
        commands.orderedStream().forEach(commandLine::addSubcommand);
        commandLine.setResourceBundle(ResourceBundle.getBundle("vn.da06.cli.cli"));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> reportFailure(e, cmd));
        commandLine.setParameterExceptionHandler(new VietnameseParameterErrors());
        return commandLine;
    }

    private static int reportFailure(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserException) {
            err.println("Lỗi: " + e.getMessage());
            log.debug("User error", e);
        } else {
            err.println("Lỗi: " + unexpected(e));
            log.error("Lệnh {} không thành công: {}", cmd.getCommandSpec().qualifiedName(), e.toString());
            log.debug("Chi tiết", e);
        }
        err.flush();
        return 1;
    }

    private static String unexpected(Throwable e) {
        return Failures.userException(e).map(UserException::getMessage)
                .orElseGet(() -> "sự cố ngoài dự kiến (" + Failures.describeRoot(e)
                        + "); xem chi tiết trong tệp nhật ký logs/da06.log.");
    }
}
