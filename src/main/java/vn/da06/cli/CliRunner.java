package vn.da06.cli;

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
        exitCode = cli.commandLine().execute(CommandArguments.withoutSettings(args));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
