package vn.da06.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application serving the portal as {@code da06 serve} does: the embedded web server on a random port of
 * 127.0.0.1, Actuator on another, a real PostgreSQL and a da06 home of its own. Classes with this annotation share
 * one running application. (Database and logging as {@link Da06SpringTest}.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "logging.file.name=target/da06-tests.log"})
@Import(TestDatabaseConfiguration.class)
@ContextConfiguration(initializers = TestEnvironment.class)
public @interface Da06WebTest {
}
