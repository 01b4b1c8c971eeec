package vn.da06.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Gives each test application context its own database and its own da06 home folder. */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database db = TestPostgres.newDatabase();
        try {
            Path home = Files.createTempDirectory("da06-test-home-");
            TestPropertyValues.of(
                    "spring.datasource.url=" + db.url(),
                    "spring.datasource.username=" + db.user(),
                    "spring.datasource.password=" + db.password(),
                    "da06.home=" + home,
                    "da06.cli.enabled=false").applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
