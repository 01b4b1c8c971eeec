package vn.da06.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL (see {@link TestPostgres}), with a database and a da06 home of its
 * own, and without running a command at start-up. Test classes with the same configuration share one context.
 * Logging starts before {@link TestEnvironment} gives the context its home, so its file is named here: otherwise it
 * would be application.yml's {@code ./data/logs/da06.log}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "logging.file.name=target/da06-tests.log")
@Import(TestDatabaseConfiguration.class)
@ContextConfiguration(initializers = TestEnvironment.class)
public @interface Da06SpringTest {
}
