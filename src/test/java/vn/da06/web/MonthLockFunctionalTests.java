package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.cli.Cli;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;
import vn.da06.submission.TestWorkbook;
import vn.da06.support.Browser;
import vn.da06.support.CliRun;
import vn.da06.workbook.WorkbookLayout;

/**
 * Chốt số liệu: once staff lock a month, a workbook for it waits for approval instead of loading, whether it comes
 * through the portal or the nightly import; approved it loads by the import's rules, refused it is rejected.
 */
class MonthLockFunctionalTests extends PortalTest {

    @Autowired
    ImportLauncher importer;
    @Autowired
    Cli cli;

    @BeforeEach
    void emptyWarehouse() throws IOException {
        resetWarehouse();
    }

    Path workbook(String month, String name) throws IOException {
        return TestWorkbook.of(PortalAccounts.UNIT_CODE, month, markerKey.bytes())
                .task("NV01", "Hoàn thành", 100, LocalDate.of(2024, 2, 20), null, null, null)
                .indicator("CT02", 45, 50, null)
                .write(work.resolve(name), Instant.now());
    }

    /** Staff lock a month from its page. */
    HtmlPage lock(Browser staff, String month) {
        HtmlPage page = staff.open("/?thang=" + month);
        return staff.submit(Uploading.form(page, "/months/" + month + "/lock"));
    }

    @Test
    void anUploadForALockedMonthWaitsForApprovalAndLoadsOnceApproved() throws IOException {
        Path march = workbook("2024-03", "sau-chot.xlsx");
        try (Browser staff = new Browser(port); Browser unit = new Browser(port)) {
            staff.signIn(PortalAccounts.STAFF, PortalAccounts.PASSWORD);
            HtmlPage locked = lock(staff, "2024-03");
            assertThat(locked.asNormalizedText()).contains("Đã chốt số liệu tháng 03/2024").contains("đã chốt");

            unit.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);
            HtmlPage result = Uploading.upload(unit, march, null);

            assertThat(result.getElementById("ket-qua").getTextContent()).isEqualTo("Chờ duyệt");
            assertThat(result.asNormalizedText()).contains("Tháng này đã chốt số liệu");
            assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_value").query(Integer.class).single()).isZero();
            assertThat(heldFiles()).singleElement().asString().startsWith("21952/2024-03/web");

            HtmlPage month = staff.open("/?thang=2024-03");
            assertThat(month.getElementById("cho-duyet").getTextContent()).isEqualTo("Tệp chờ duyệt (1)");
            assertThat(UploadFunctionalTests.rows(month, "don-vi")).filteredOn(r -> r.get(0).equals("21952"))
                    .singleElement().satisfies(r -> assertThat(r.get(2)).isEqualTo("Chờ duyệt"));

            HtmlPage approved = staff.submit(Uploading.form(month, "/approve"));

            assertThat(approved.asNormalizedText()).contains("Đã duyệt tệp");
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM fact_submission WHERE status = 'accepted'").query(Integer.class).single() == 1);
            assertThat(jdbc.sql("SELECT status FROM fact_submission ORDER BY submission_key").query(String.class).list())
                    .containsExactly("released", "accepted");
            assertThat(UploadFunctionalTests.rows(staff.open("/?thang=2024-03"), "don-vi"))
                    .filteredOn(r -> r.get(0).equals("21952")).singleElement()
                    .satisfies(r -> assertThat(r.get(2)).isEqualTo("Muộn"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM v_current_indicator_value").query(Integer.class).single()).isEqualTo(1);
        assertThat(heldFiles()).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE action IN ('month_locked', 'held_approved') ORDER BY audit_key DESC LIMIT 2")
                .query(String.class).list()).containsExactly("held_approved", "month_locked");
    }

    @Test
    void aRefusedWorkbookIsRejectedWithTheRefusalAsItsError() throws IOException {
        Path march = workbook("2024-03", "sau-chot.xlsx");
        try (Browser staff = new Browser(port); Browser unit = new Browser(port)) {
            staff.signIn(PortalAccounts.STAFF, PortalAccounts.PASSWORD);
            lock(staff, "2024-03");
            unit.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);
            String resultPath = Uploading.upload(unit, march, null).getUrl().getPath();

            HtmlForm refuse = Uploading.form(staff.open("/?thang=2024-03"), "/refuse");
            assertThat(staff.submit(refuse).asNormalizedText()).contains("Đã từ chối tệp");

            HtmlPage result = unit.open(resultPath);
            assertThat(result.getElementById("ket-qua").getTextContent()).isEqualTo("Bị từ chối");
            assertThat(UploadFunctionalTests.rows(result, "loi")).singleElement().satisfies(e -> {
                assertThat(e.get(3)).isEqualTo("Tháng đã chốt số liệu");
                assertThat(e.get(4)).contains("03/2024 đã chốt số liệu").contains(PortalAccounts.STAFF);
            });
            Page report = result.getAnchorByText("Tải báo cáo lỗi (.xlsx)").click();
            try (InputStream in = report.getWebResponse().getContentAsStream(); XSSFWorkbook loi = new XSSFWorkbook(in)) {
                assertThat(UploadFunctionalTests.sheetText(loi.getSheet(WorkbookLayout.ERROR_SHEET))).contains("Tháng đã chốt số liệu");
            }
        }
        assertThat(heldFiles()).isEmpty();
        try (var rejected = Files.walk(properties.rejected())) {
            assertThat(rejected.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith("sau-chot.xlsx")).anyMatch(n -> n.endsWith("sau-chot_LOI.xlsx"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_value").query(Integer.class).single()).isZero();
    }

    @Test
    void theNightlyImportHoldsALockedMonthAndLoadsTheOthersAsBefore() throws IOException {
        try (Browser staff = new Browser(port)) {
            staff.signIn(PortalAccounts.STAFF, PortalAccounts.PASSWORD);
            lock(staff, "2024-03");
        }
        Path inbox = properties.inbox().resolve(PortalAccounts.UNIT_CODE);
        Files.createDirectories(inbox);
        Files.copy(workbook("2024-03", "thang3.xlsx"), inbox.resolve("thang3.xlsx"));
        Files.copy(workbook("2024-04", "thang4.xlsx"), inbox.resolve("thang4.xlsx"));

        ImportSummary summary = importer.run(null, notice -> { });

        assertThat(summary.held()).isEqualTo(1);
        assertThat(summary.loaded()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT file_name || ' ' || status FROM fact_submission ORDER BY file_name").query(String.class).list())
                .containsExactly("thang3.xlsx held", "thang4.xlsx accepted");
        assertThat(heldFiles()).containsExactly("21952/2024-03/thang3.xlsx");
        CliRun status = CliRun.run(cli, "status", "--month", "2024-03");
        assertThat(status.out()).contains("Chờ duyệt (tháng đã chốt số liệu): 1").containsPattern("21952 .* Chờ duyệt");
    }

    private List<String> heldFiles() throws IOException {
        if (!Files.isDirectory(properties.held())) {
            return List.of();
        }
        try (var files = Files.walk(properties.held())) {
            return files.filter(Files::isRegularFile).map(p -> properties.held().relativize(p).toString()).toList();
        }
    }
}
