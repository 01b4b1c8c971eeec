package vn.da06.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL (see {@link TestPostgres}), with a database and a da06 home of its
 * own, and without running a command at start-up. Test classes with the same configuration share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = TestEnvironment.class)
public @interface Da06SpringTest {
}
