package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;

import vn.da06.support.Browser;

/** A person using the upload page: downloading a template, sending a workbook, reading what became of it. */
final class Uploading {

    private Uploading() {
    }

    /** Sends a workbook from the upload page (staff choose the unit) and returns the result page once there is one. */
    static HtmlPage upload(Browser browser, Path workbook, String unitForStaff) {
        HtmlForm form = form(browser.open("/upload"), "/upload");
        if (unitForStaff != null) {
            form.getSelectByName("donvi").setSelectedAttribute(unitForStaff, true);
        }
        HtmlFileInput file = form.getInputByName("tep");
        file.setFiles(workbook.toFile());
        return awaitResult(browser, browser.submit(form));
    }

    /** The result page: the page an upload lands on follows the import until it has recorded the file. */
    static HtmlPage awaitResult(Browser browser, HtmlPage page) {
        HtmlPage[] current = {page};
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (current[0].getUrl().getPath().startsWith("/submissions/")) {
                return true;
            }
            current[0] = browser.open(current[0].getUrl().getPath());
            return current[0].getUrl().getPath().startsWith("/submissions/");
        });
        return current[0];
    }

    /** Downloads a month's template from the upload page (staff choose the unit). */
    static XSSFWorkbook template(Browser browser, String month, String unitForStaff) {
        HtmlForm form = form(browser.open("/upload"), "/upload/template");
        form.getSelectByName("thang").setSelectedAttribute(month, true);
        if (unitForStaff != null) {
            HtmlSelect units = form.getSelectByName("donvi");
            units.setSelectedAttribute(unitForStaff, true);
        }
        try {
            Page download = form.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertThat(download.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(download.getWebResponse().getContentType()).contains("spreadsheetml");
            try (InputStream in = download.getWebResponse().getContentAsStream()) {
                return new XSSFWorkbook(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HtmlForm form(HtmlPage page, String action) {
        return page.getForms().stream().filter(f -> f.getActionAttribute().endsWith(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no form posting to " + action + " on " + page.getUrl()));
    }
}
