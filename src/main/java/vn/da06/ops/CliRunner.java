package vn.da06.ops;

import java.io.PrintWriter;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

import vn.da06.UserException;

/** Runs the command named on the command line and keeps its exit code for {@code SpringApplication.exit}. */
@Component
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CliRunner.class);

    private final CommandLine commandLine;
    private int exitCode;

    CliRunner(RootCommand root, ObjectProvider<CliCommand> commands, IFactory factory) {
        this.commandLine = new CommandLine(root, factory);
        commands.orderedStream().forEach(commandLine::addSubcommand);
        commandLine.setResourceBundle(ResourceBundle.getBundle("vn.da06.ops.cli"));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> reportFailure(e, cmd));
        commandLine.setParameterExceptionHandler(new VietnameseParameterErrors());
    }

    /** The configured command line, for tests that capture its output. */
    CommandLine commandLine() {
        return commandLine;
    }

    @Override
    public void run(String... args) {
        exitCode = commandLine.execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static int reportFailure(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserException) {
            err.println("Lỗi: " + e.getMessage());
            log.debug("User error", e);
        } else {
            err.println("Lỗi: " + unexpected(e));
            log.error("Command failed", e);
        }
        err.flush();
        return 1;
    }

    private static String unexpected(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "sự cố ngoài dự kiến (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + "); xem chi tiết trong tệp nhật ký logs/da06.log.";
    }
}
