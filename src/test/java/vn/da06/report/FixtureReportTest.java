package vn.da06.report;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.plan.PlanImporter;

/** Where most report tests start: the district's plan and a year of its workbooks loaded, a folder for the files. */
abstract class FixtureReportTest {

    @Autowired
    PlanImporter plans;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path out;

    @BeforeEach
    void warehouseLoaded() {
        ReportFixture.load(plans, jdbc);
    }
}
