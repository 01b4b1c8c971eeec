package vn.da06.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.FileSystemUtils;

/**
 * Gives each test application context a da06 home folder of its own, removed when the context closes, and keeps
 * the commands from running at start-up. (Its database comes from {@link TestDatabaseConfiguration}.)
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path home = Files.createTempDirectory("da06-test-home-");
            TestPropertyValues.of("da06.home=" + home, "da06.cli.enabled=false").applyTo(context);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    delete(home);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path home) {
        try {
            FileSystemUtils.deleteRecursively(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
