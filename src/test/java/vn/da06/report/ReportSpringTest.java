package vn.da06.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

import vn.da06.support.Da06SpringTest;

/**
 * The application on a database of its own that holds {@link ReportFixture} (kept apart from other tests' data),
 * with report settings as a district office would set them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Da06SpringTest
@TestPropertySource(properties = {
        "da06.report.signer.name=Nguyễn Văn An",
        "da06.report.document-number=5",
        "da06.report.date=2025-01-06"})
@interface ReportSpringTest {
}
