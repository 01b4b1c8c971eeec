package vn.da06.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.account.Accounts;
import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.plan.PlanImporter;
import vn.da06.sample.SampleWorkbooks;
import vn.da06.submission.ImportLauncher;
import vn.da06.support.Da06WebTest;
import vn.da06.support.EmptyWarehouse;
import vn.da06.workbook.MarkerKey;

/**
 * What every portal test starts from: the running application, the portal's accounts of {@link PortalAccounts}
 * (made once, kept across tests) and a folder of its own for the workbooks a test writes.
 */
@Da06WebTest
abstract class PortalTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PlanImporter plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    SampleWorkbooks samples;
    @Autowired
    ImportLauncher importer;
    @TempDir
    Path work;

    @BeforeEach
    void portalAccounts() {
        PortalAccounts.ensure(accounts, plans);
    }

    /** Removes every submission, upload, lock and run, and the files of the home, keeping plans and accounts. */
    void resetWarehouse() throws IOException {
        EmptyWarehouse.reset(jdbc, properties);
    }

    /** Empties the warehouse, then imports the sample workbooks of every unit of the 2024 plan for the month. */
    void aMonthOfSampleWorkbooks(YearMonth month) throws IOException {
        resetWarehouse();
        Path inbox = work.resolve("samples");
        samples.generate("TUYPHUOC-2024", MonthRange.of(month), 11, inbox);
        importer.run(inbox, notice -> { });
    }
}
