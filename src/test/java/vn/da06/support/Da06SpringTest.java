package vn.da06.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL (see {@link TestPostgres}), with a database and a da06 home of its
 * own, and without running a command at start-up; with Spring Batch's test utilities ({@code JobOperatorTestUtils},
 * {@code JobRepositoryTestUtils}: there are several jobs, so a test sets the one it runs). Test classes with the
 * same configuration share one context. Logging starts before {@link TestEnvironment} gives the context its home,
 * so its file is named here: otherwise it would be application.yml's {@code ./data/logs/da06.log}.
 *
 * <p>Mind {@code @SpringBatchTest}'s scope listeners: before each test they call a method of the test class that
 * returns a {@code JobExecution} or a {@code StepExecution}, whatever its name and parameters (they expect a
 * factory of the execution the test's job or step scope runs in). Helpers return ids instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "logging.file.name=target/da06-tests.log")
@SpringBatchTest
@Import(TestDatabaseConfiguration.class)
@ContextConfiguration(initializers = TestEnvironment.class)
public @interface Da06SpringTest {
}
