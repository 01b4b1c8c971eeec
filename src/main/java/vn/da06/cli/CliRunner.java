package vn.da06.cli;

import java.util.Arrays;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the command named on the command line and keeps its exit code for {@code SpringApplication.exit}. */
@Component
@ConditionalOnProperty(name = "da06.cli.enabled", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

    private final Cli cli;
    private int exitCode;

    CliRunner(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run(String... args) {
        exitCode = cli.commandLine().execute(commandArguments(args));
    }

    /** Settings given as {@code --da06.home=/srv/da06} are Spring Boot's to read, not the command's. */
    static String[] commandArguments(String... args) {
        return Arrays.stream(args).filter(arg -> !isSetting(arg)).toArray(String[]::new);
    }

    private static boolean isSetting(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
