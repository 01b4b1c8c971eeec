package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.KeyDataPair;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.da06.submission.TestWorkbook;
import vn.da06.support.Browser;

/** A unit sees and sends only its own: another unit's template, uploads, results and error workbooks stay out of reach. */
class UnitIsolationTests extends PortalTest {

    /** The other unit's upload, its result page and its error workbook. */
    String otherUpload;
    String otherResult;

    @BeforeEach
    void theOtherUnitHasSentARejectedWorkbook() throws IOException {
        resetWarehouse();
        Path rejected = TestWorkbook.of(PortalAccounts.OTHER_UNIT_CODE, "2024-03", markerKey.bytes())
                .indicator("CT02", 60, 50, null).write(work.resolve("dieu-tri.xlsx"), Instant.now());
        try (Browser other = new Browser(port)) {
            other.signIn(PortalAccounts.OTHER_UNIT, PortalAccounts.PASSWORD);
            otherResult = Uploading.upload(other, rejected, null).getUrl().getPath();
            assertThat(other.get(otherResult + "/loi.xlsx").getWebResponse().getStatusCode()).isEqualTo(200);
        }
        otherUpload = "/upload/" + jdbc.sql("SELECT upload_key FROM web_upload").query(Long.class).single();
    }

    @Test
    void aUnitCannotFetchAnotherUnitsTemplateUploadResultOrErrorWorkbook() {
        try (Browser unit = new Browser(port)) {
            HtmlPage own = unit.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);

            assertThat(unit.status(HttpMethod.GET, "/upload/template?thang=2024-03&donvi=" + PortalAccounts.OTHER_UNIT_CODE)).isEqualTo(403);
            assertThat(unit.status(HttpMethod.GET, otherUpload)).isEqualTo(404);
            assertThat(unit.status(HttpMethod.GET, otherResult)).isEqualTo(404);
            assertThat(unit.status(HttpMethod.GET, otherResult + "/loi.xlsx")).isEqualTo(404);
            assertThat(own.asNormalizedText()).doesNotContain("dieu-tri.xlsx").doesNotContain(PortalAccounts.OTHER_UNIT_CODE);
        }
    }

    @Test
    void aUnitCannotSubmitForAnotherUnit() throws IOException {
        Path workbook = TestWorkbook.of(PortalAccounts.OTHER_UNIT_CODE, "2024-04", markerKey.bytes())
                .indicator("CT02", 1, 2, null).write(work.resolve("gia-mao.xlsx"), Instant.now());
        try (Browser unit = new Browser(port)) {
            HtmlPage page = unit.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);
            String token = page.getElementsByName("_csrf").get(0).getAttribute("value");
            WebRequest post = unit.request(HttpMethod.POST, "/upload");
            post.setEncodingType(org.htmlunit.FormEncodingType.MULTIPART);
            post.setRequestParameters(java.util.List.of(new NameValuePair("_csrf", token),
                    new NameValuePair("donvi", PortalAccounts.OTHER_UNIT_CODE),
                    new KeyDataPair("tep", workbook.toFile(), "gia-mao.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", java.nio.charset.StandardCharsets.UTF_8)));

            assertThat(unit.raw(post).getWebResponse().getStatusCode()).isEqualTo(403);
        }
        try (Stream<Path> inbox = Files.walk(properties.inbox())) {
            assertThat(inbox.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM web_upload").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anotherUnitsWorkbookSentFromItsOwnPageIsRejectedByTheImportsRule() throws IOException {
        Path workbook = TestWorkbook.of(PortalAccounts.OTHER_UNIT_CODE, "2024-04", markerKey.bytes())
                .indicator("CT02", 1, 2, null).write(work.resolve("cua-don-vi-khac.xlsx"), Instant.now());
        try (Browser unit = new Browser(port)) {
            unit.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);

            HtmlPage result = Uploading.upload(unit, workbook, null);

            assertThat(result.getElementById("ket-qua").getTextContent()).isEqualTo("Bị từ chối");
            assertThat(UploadFunctionalTests.rows(result, "loi")).extracting(e -> e.get(3))
                    .contains("Đơn vị gửi báo cáo thay đơn vị khác");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_value").query(Integer.class).single()).isZero();
    }
}
