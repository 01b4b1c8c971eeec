package vn.da06.cli;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A command run from the command line other than {@code serve} has no web server, so none of what only a running
 * service uses: Actuator, health, metrics and observation, JSON for HTTP. Leaving their auto-configurations out
 * keeps Spring from reading and weighing dozens of configuration classes at every start. The command line sets
 * {@value #COMMAND} (see {@code Da06Application}); without it (tests, {@code serve}) nothing is left out.
 */
public final class CommandAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** The command that runs, set by the command line as a default property. */
    public static final String COMMAND = "da06.cli.command";

    private static final List<String> SERVICE_ONLY = List.of("org.springframework.boot.actuate.",
            "org.springframework.boot.health.", "org.springframework.boot.micrometer.",
            "org.springframework.boot.batch.autoconfigure.observation.", "org.springframework.boot.jackson.",
            "org.springframework.boot.http.converter.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        String command = environment == null ? null : environment.getProperty(COMMAND);
        boolean leaveOut = command != null && !command.equals("serve");
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            String name = autoConfigurationClasses[i];
            match[i] = !leaveOut || name == null || SERVICE_ONLY.stream().noneMatch(name::startsWith);
        }
        return match;
    }
}
