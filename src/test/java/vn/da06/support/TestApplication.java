package vn.da06.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.da06.Da06Application;

/**
 * da06 started by a test itself, outside Spring's test context cache, on a home folder the test owns. Settings go
 * on the command line, where they win over application.yml (default properties would lose to its
 * {@code ${DA06_HOME:./data}}); commands do not run at start-up.
 */
public final class TestApplication {

    private TestApplication() {
    }

    /** da06 on {@code database}. */
    public static ConfigurableApplicationContext start(Path home, TestPostgres.Database database, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password()));
        args.addAll(List.of(settings));
        return withoutDatabaseUrl(home, args.toArray(String[]::new));
    }

    /** da06 with no database settings: it runs its embedded server under {@code home}. */
    public static ConfigurableApplicationContext withoutDatabaseUrl(Path home, String... settings) {
        List<String> args = new ArrayList<>(List.of("--da06.home=" + home, "--da06.cli.enabled=false"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(Da06Application.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
    }
}
