package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.awaitility.Awaitility;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.da06.support.Browser;

/** Staff start a report from the reports page, the same job as {@code da06 report}; leaders read what it wrote. */
class ReportsPageTests extends PortalTest {

    @BeforeEach
    void aMonthOfWorkbooks() throws IOException {
        aMonthOfSampleWorkbooks(YearMonth.of(2024, 2));
    }

    @Test
    void staffStartAMonthlyReportAndLeadersOpenItsFiles() {
        try (Browser staff = new Browser(port)) {
            staff.signIn(PortalAccounts.STAFF, PortalAccounts.PASSWORD);
            HtmlForm form = Uploading.form(staff.open("/reports"), "/reports");
            form.getSelectByName("loai").setSelectedAttribute("monthly", true);
            form.getInputByName("ky").setValue("2024-02");

            HtmlPage started = staff.submit(form);

            assertThat(started.asNormalizedText()).contains("Đang lập Báo cáo tháng 2024-02");
            Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> links(staff.open("/reports"), "Báo cáo tháng 2024-02").size() == 3);
            assertThat(UploadFunctionalTests.rows(staff.open("/reports"), "tien-do")).first()
                    .satisfies(r -> assertThat(r.get(0) + " " + r.get(2)).startsWith("Báo cáo tháng 2024-02 xong"));
        }
        try (Browser leader = new Browser(port)) {
            leader.signIn(PortalAccounts.LEADER, PortalAccounts.PASSWORD);
            List<HtmlAnchor> files = links(leader.open("/reports"), "Báo cáo tháng 2024-02");
            assertThat(files).extracting(HtmlAnchor::getTextContent).containsExactly("PDF", "DOCX", "XLSX");

            Page pdf = leader.get(files.get(0).getHrefAttribute());

            assertThat(pdf.getWebResponse().getContentType()).isEqualTo("application/pdf");
            assertThat(pdf.getWebResponse().getContentAsString()).startsWith("%PDF");
            assertThat(leader.get("/reports/files/..%2Fpostgres%2Fdata.pdf").getWebResponse().getStatusCode()).isIn(400, 404);
        }
        assertThat(jdbc.sql("SELECT login || ' ' || detail FROM audit_log WHERE action = 'report_started' ORDER BY audit_key DESC LIMIT 1")
                .query(String.class).single()).isEqualTo(PortalAccounts.STAFF + " Báo cáo tháng 2024-02 (kế hoạch TUYPHUOC-2024)");
    }

    @Test
    void aPeriodThatDoesNotFitItsKindIsRefusedBeforeAnyJobStarts() {
        try (Browser staff = new Browser(port)) {
            staff.signIn(PortalAccounts.STAFF, PortalAccounts.PASSWORD);
            HtmlForm form = Uploading.form(staff.open("/reports"), "/reports");
            form.getSelectByName("loai").setSelectedAttribute("half-year", true);
            form.getInputByName("ky").setValue("2024-07");

            HtmlPage refused = staff.submit(form);

            assertThat(refused.asNormalizedText()).contains("Lỗi: kỳ báo cáo \"2024-07\" không hợp lệ: sơ kết 6 tháng cần kỳ dạng NĂM-H1");
            assertThat(refused.getElementById("ky").getAttribute("value")).isEqualTo("2024-07");
        }
    }

    private static List<HtmlAnchor> links(HtmlPage page, String report) {
        return page.getElementById("da-lap").getParentNode().querySelectorAll("tbody tr").stream()
                        .filter(row -> row.getTextContent().contains(report))
                        .flatMap(row -> row.querySelectorAll("td.files a").stream()).map(HtmlAnchor.class::cast).toList();
    }
}
