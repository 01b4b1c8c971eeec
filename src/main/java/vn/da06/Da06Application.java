package vn.da06;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import vn.da06.cli.CommandAutoConfigurationFilter;
import vn.da06.cli.FailureLine;
import vn.da06.cli.HomeFolderCheck;
import vn.da06.cli.Shell;

/**
 * Entry point of the {@code da06} command line: every run is one command. Help, the version and mistakes on the
 * command line are answered before Spring starts ({@link Shell}); a command that runs starts Spring, lazily, so that
 * only what it uses is built ({@code cli.CliRunner} runs it). A failure to start is one "Lỗi: …" line; the details
 * go to the log file only (the console shows no log, except {@code serve}'s once it is up).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Da06Application {

    public static void main(String[] args) {
        // Vietnamese output must survive a terminal or a cron job whose locale is not UTF-8.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        Shell.Decision decision = Shell.decide(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (decision.answered()) {
            System.exit(decision.exitCode());
        }
        WithSpring.run(decision.command(), args);
    }

    /**
     * A command that runs. Kept out of {@code main}'s class body: the JVM checks a class's methods when it first
     * loads it, which for Spring's types means opening their jars, and {@code --help} must not pay for that.
     */
    private static final class WithSpring {

        static void run(String command, String[] args) {
            boolean serve = command.equals("serve");
            if (!serve) {
                // Boot warms up JSON, HTTP converters, Tomcat and validation on a second thread, for requests a
                // command never serves, and waits for it before the command runs. Its listener reads this property
                // when the application below is constructed, so it must be set first.
                System.setProperty("spring.backgroundpreinitializer.ignore", "true");
            }
            SpringApplication app = new SpringApplication(Da06Application.class);
            // Only "serve" stays up, with a web server; every other command runs and exits, building only what it uses.
            app.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
            app.setLazyInitialization(!serve);
            app.setDefaultProperties(java.util.Map.of(CommandAutoConfigurationFilter.COMMAND, command));
            app.addListeners(new HomeFolderCheck());
            ConfigurableApplicationContext context;
            try {
                context = app.run(args);
            } catch (RuntimeException e) {
                System.err.println("Lỗi: " + FailureLine.of(e));
                System.exit(1);
                return;
            }
            boolean succeeded = context.getBeansOfType(ExitCodeGenerator.class).values().stream()
                    .allMatch(generator -> generator.getExitCode() == 0);
            if (!serve || !succeeded) {
                System.exit(SpringApplication.exit(context));
            }
            if ("OFF".equalsIgnoreCase(context.getEnvironment().getProperty("logging.threshold.console"))) {
                showConsoleLog("INFO");
            }
        }

        /** serve runs as a service: once it is up, its console (the service journal) shows its log too. */
        private static void showConsoleLog(String threshold) {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
                Appender<ILoggingEvent> console = logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
                if (console != null) {
                    ThresholdFilter filter = new ThresholdFilter();
                    filter.setLevel(threshold);
                    filter.start();
                    console.clearAllFilters();
                    console.addFilter(filter);
                }
            }
        }
    }
}
