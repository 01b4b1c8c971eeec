package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.da06.submission.TestWorkbook;
import vn.da06.support.Browser;
import vn.da06.workbook.WorkbookLayout;

/**
 * A unit sends its monthly workbook through the portal: the file goes into its inbox folder and through the import
 * job with the import's rules, and the page shows what the import made of it.
 */
class UploadFunctionalTests extends PortalTest {

    @BeforeEach
    void emptyWarehouse() throws IOException {
        resetWarehouse();
    }

    TestWorkbook march() {
        return TestWorkbook.of(PortalAccounts.UNIT_CODE, "2024-03", markerKey.bytes())
                .task("NV01", "Hoàn thành", 100, LocalDate.of(2024, 2, 20), "Kế hoạch số 15/KH-UBND", null, null)
                .task("NV13", "Đang triển khai", 60, null, null, "Thiếu máy quét", "Đề nghị cấp thêm máy quét")
                .indicator("CT02", 45, 50, null)
                .indicator("CT04", 30, 40, "Số liệu từ hệ thống một cửa");
    }

    Path file(TestWorkbook workbook, String name) throws IOException {
        return workbook.write(work.resolve(name), Instant.now());
    }

    @Test
    void aUnitDownloadsItsTemplateForAMonth() throws IOException {
        try (Browser browser = new Browser(port)) {
            browser.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);

            try (XSSFWorkbook template = Uploading.template(browser, "2024-03", null)) {
                Sheet cover = template.getSheet(WorkbookLayout.COVER_SHEET);
                String text = sheetText(cover);
                assertThat(text).contains("21952").contains("Thị trấn Tuy Phước").contains("03/2024").contains("TUYPHUOC-2024");
                assertThat(template.getSheet(WorkbookLayout.TASK_SHEET)).isNotNull();
            }
        }
        assertThat(jdbc.sql("SELECT login || ' ' || action || ' ' || unit_code FROM audit_log WHERE action = 'template_downloaded'")
                .query(String.class).list()).contains(PortalAccounts.UNIT + " template_downloaded 21952");
    }

    @Test
    void aValidWorkbookIsLoadedAndThePageShowsTheFiguresRead() throws IOException {
        Path workbook = file(march(), "Báo cáo tháng 3.xlsx");
        try (Browser browser = new Browser(port)) {
            browser.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);

            HtmlPage result = Uploading.upload(browser, workbook, null);

            assertThat(result.getElementById("ket-qua").getTextContent()).startsWith("Đã nạp");
            assertThat(result.asNormalizedText()).contains("Thị trấn Tuy Phước").contains("tháng 03/2024")
                    .contains("Báo cáo tháng 3.xlsx").contains("gửi qua cổng web bởi " + PortalAccounts.UNIT);
            assertThat(rows(result, "chi-tieu")).extracting(r -> List.of(r.get(0), r.get(2), r.get(3), r.get(4), r.get(5))).containsExactly(
                    List.of("CT02", "45", "50", "90 %", "Chỉ tiêu!E4"), List.of("CT04", "30", "40", "75 %", "Chỉ tiêu!E5"));
            assertThat(rows(result, "nhiem-vu")).extracting(r -> r.get(0) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4))
                    .containsExactly("1 Phối hợp Hoàn thành 100 %", "13 Chủ trì Đang triển khai 60 %");
        }
        assertThat(jdbc.sql("SELECT inbox_folder || ' ' || status FROM fact_submission").query(String.class).single())
                .isEqualTo("21952 accepted");
        assertThat(jdbc.sql("SELECT count(*) FROM v_current_indicator_value").query(Integer.class).single()).isEqualTo(2);
        try (var archived = Files.walk(properties.archive())) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> properties.archive().relativize(p).toString()))
                    .singleElement().asString().startsWith("21952/2024-03/web").endsWith("-Báo cáo tháng 3.xlsx");
        }
        assertThat(jdbc.sql("SELECT login || ' ' || action FROM audit_log WHERE action LIKE 'upload%' ORDER BY audit_key DESC LIMIT 1")
                .query(String.class).single()).isEqualTo(PortalAccounts.UNIT + " upload");
    }

    @Test
    void anInvalidWorkbookIsRejectedWithEachErrorAndItsErrorWorkbook() throws IOException {
        Path workbook = file(march().indicator("CT05", 60, 50, null).task("NV14", "Xong rồi", 100, null, null, null, null),
                "sai.xlsx");
        try (Browser browser = new Browser(port)) {
            browser.signIn(PortalAccounts.UNIT, PortalAccounts.PASSWORD);

            HtmlPage result = Uploading.upload(browser, workbook, null);

            assertThat(result.getElementById("ket-qua").getTextContent()).isEqualTo("Bị từ chối");
            List<List<String>> errors = rows(result, "loi");
            assertThat(errors).extracting(e -> e.get(0) + "!" + e.get(1) + " " + e.get(3))
                    .containsExactlyInAnyOrder("Nhiệm vụ!F6 Tình trạng không đúng", "Chỉ tiêu!E6 Tử số không được lớn hơn mẫu số");
            assertThat(errors).anySatisfy(e -> assertThat(e.get(4)).contains("tử số 60 lớn hơn mẫu số 50"));

            HtmlAnchor report = result.getAnchorByText("Tải báo cáo lỗi (.xlsx)");
            Page download = report.click();
            assertThat(download.getWebResponse().getContentType()).contains("spreadsheetml");
            try (InputStream in = download.getWebResponse().getContentAsStream(); XSSFWorkbook loi = new XSSFWorkbook(in)) {
                assertThat(sheetText(loi.getSheet(WorkbookLayout.ERROR_SHEET))).contains("E6").contains("Tử số không được lớn hơn mẫu số");
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM fact_indicator_value").query(Integer.class).single()).isZero();
    }

    @Test
    void staffUploadForAUnitAndTheUploadSaysSo() throws IOException {
        Path workbook = file(march(), "thay.xlsx");
        try (Browser browser = new Browser(port)) {
            browser.signIn(PortalAccounts.STAFF, PortalAccounts.PASSWORD);

            HtmlPage result = Uploading.upload(browser, workbook, PortalAccounts.UNIT_CODE);

            assertThat(result.getElementById("ket-qua").getTextContent()).startsWith("Đã nạp");
            assertThat(result.asNormalizedText()).contains("gửi qua cổng web bởi " + PortalAccounts.STAFF + " (cán bộ gửi thay đơn vị)");
        }
        assertThat(jdbc.sql("SELECT login || ' ' || unit_code || ' ' || on_behalf FROM web_upload").query(String.class).single())
                .isEqualTo(PortalAccounts.STAFF + " 21952 true");
        assertThat(jdbc.sql("SELECT login || ' ' || action || ' ' || unit_code FROM audit_log WHERE action LIKE 'upload%' "
                + "ORDER BY audit_key DESC LIMIT 1").query(String.class).single())
                .isEqualTo(PortalAccounts.STAFF + " upload_on_behalf 21952");
    }

    static List<List<String>> rows(HtmlPage page, String headingId) {
        HtmlTable table = (HtmlTable) page.getElementById(headingId).getParentNode().querySelector("table");
        return table.getBodies().get(0).getRows().stream()
                .map(HtmlTableRow::getCells).map(cells -> cells.stream().map(c -> c.asNormalizedText().strip()).toList())
                .toList();
    }

    static String sheetText(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
        return text.toString();
    }
}
