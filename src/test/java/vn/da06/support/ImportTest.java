package vn.da06.support;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.Da06Properties;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.ImportLauncher;
import vn.da06.workbook.MarkerKey;

/**
 * What the import's tests start from: the bundled plan loaded, no submissions, empty inbox, archive, rejected and
 * held folders, and the pieces that write a workbook and import it.
 */
@Da06SpringTest
public abstract class ImportTest {

    @Autowired
    protected ImportLauncher launcher;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Da06Properties properties;
    @Autowired
    protected MarkerKey markerKey;
    @Autowired
    protected PlanImporter plans;

    @BeforeEach
    void bundledPlanAndEmptyWarehouse() throws IOException {
        plans.importBundled();
        EmptyWarehouse.reset(jdbc, properties);
    }
}
