package vn.da06;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import vn.da06.cli.CommandArguments;

/** Entry point of the {@code da06} command line: every run is one command (see {@code cli.CliRunner}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Da06Application {

    public static void main(String[] args) {
        // Vietnamese output must survive a terminal or a cron job whose locale is not UTF-8.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        // Settings may come anywhere on the line: "da06 --da06.home=/srv/da06 serve" serves too.
        boolean serve = CommandArguments.command(args).filter("serve"::equals).isPresent()
                && !CommandArguments.asksForHelp(args);
        if (serve && System.getProperty("logging.threshold.console") == null) {
            System.setProperty("logging.threshold.console", "INFO");
        }
        SpringApplication app = new SpringApplication(Da06Application.class);
        // Only "serve" stays up, with the portal and Actuator; every other command runs and exits.
        app.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        ConfigurableApplicationContext context = app.run(args);
        boolean started = context.getBeansOfType(ExitCodeGenerator.class).values().stream()
                .allMatch(generator -> generator.getExitCode() == 0);
        if (!serve || !started) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
