package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

import vn.da06.support.Browser;

/** Who may open what: each role signs in and gets exactly its pages; nobody else gets anything. */
class PortalAccessTests extends PortalTest {

    @Value("${local.management.port}")
    int managementPort;

    /** Role × page × the status the page answers (302: sent elsewhere, to the unit's own page). */
    @ParameterizedTest(name = "{0} GET {1} → {2}")
    @CsvSource({
            "admin,  /,                                         200",
            "admin,  /reports,                                  200",
            "admin,  /upload,                                   200",
            "admin,  /upload/template?thang=2024-03&donvi=21952, 200",
            "admin,  /accounts,                                 200",
            "staff,  /,                                         200",
            "staff,  /reports,                                  200",
            "staff,  /upload,                                   200",
            "staff,  /upload/template?thang=2024-03&donvi=21952, 200",
            "staff,  /accounts,                                 403",
            "leader, /,                                         200",
            "leader, /reports,                                  200",
            "leader, /upload,                                   403",
            "leader, /upload/template?thang=2024-03&donvi=21952, 403",
            "leader, /accounts,                                 403",
            "unit,   /,                                         302",
            "unit,   /reports,                                  403",
            "unit,   /upload,                                   200",
            "unit,   /upload/template?thang=2024-03,            200",
            "unit,   /accounts,                                 403",
    })
    void eachRoleOpensOnlyItsPages(String role, String path, int expected) {
        try (Browser browser = new Browser(port)) {
            browser.signIn(PortalAccounts.login(role), PortalAccounts.PASSWORD);

            WebResponse response = browser.raw(browser.request(HttpMethod.GET, path)).getWebResponse();

            assertThat(response.getStatusCode()).isEqualTo(expected);
            if (expected == 302) {
                assertThat(response.getResponseHeaderValue("Location")).endsWith("/upload");
            }
            if (expected == 403) {
                assertThat(response.getContentAsString()).contains("Không có quyền truy cập");
            }
        }
    }

    /** Role × the Actuator endpoint × status: health for anyone signed in, the run history for administrators. */
    @ParameterizedTest(name = "{0} GET /actuator/{1} → {2}")
    @CsvSource({"admin, health, 200", "admin, jobs, 200", "staff, health, 200", "staff, jobs, 403",
            "leader, health, 200", "leader, jobs, 403", "unit, health, 200", "unit, jobs, 403"})
    void actuatorAnswersByRole(String role, String endpoint, int expected) throws Exception {
        assertThat(actuator("/actuator/" + endpoint, PortalAccounts.login(role)).statusCode()).isEqualTo(expected);
    }

    @Test
    void healthDetailsAreForAdministratorsOnly() throws Exception {
        assertThat(actuator("/actuator/health", PortalAccounts.ADMIN).body()).contains("\"components\"").contains("\"db\"");
        assertThat(actuator("/actuator/health", PortalAccounts.STAFF).body()).contains("\"status\":\"UP\"")
                .doesNotContain("components").doesNotContain("db").doesNotContain("/");
    }

    @ParameterizedTest(name = "{0} sees the menu {1}")
    @CsvSource(delimiter = ';', value = {
            "admin;  Tình hình tháng|Báo cáo|Gửi báo cáo|Tài khoản",
            "staff;  Tình hình tháng|Báo cáo|Gửi báo cáo",
            "leader; Tình hình tháng|Báo cáo",
            "unit;   Gửi báo cáo"})
    void eachRoleSeesOnlyItsMenuAndActions(String role, String menu) {
        try (Browser browser = new Browser(port)) {
            HtmlPage landing = browser.signIn(PortalAccounts.login(role), PortalAccounts.PASSWORD);

            List<String> links = landing.querySelectorAll("nav .menu a").stream().map(n -> ((HtmlAnchor) n).getTextContent().strip()).toList();
            assertThat(links).containsExactly(menu.split("\\|"));
            boolean staff = role.equals("admin") || role.equals("staff");
            if (!role.equals("unit")) {
                HtmlPage month = browser.open("/?thang=2024-03");
                assertThat(month.asNormalizedText().contains("Chốt số liệu tháng 03/2024")).isEqualTo(staff);
                HtmlPage reports = browser.open("/reports");
                assertThat(reports.getElementById("lap") != null).isEqualTo(staff);
            } else {
                assertThat(landing.getUrl().getPath()).isEqualTo("/upload");
                assertThat(landing.getElementById("donvi-gui")).as("a unit uploads for itself only").isNull();
            }
        }
    }

    @ParameterizedTest(name = "anonymous GET {0} → sign-in page")
    @ValueSource(strings = {"/", "/?thang=2024-03", "/reports", "/reports/files/monthly_2024-03.pdf", "/upload",
            "/upload/template?thang=2024-03&donvi=21952", "/upload/1", "/submissions/1", "/submissions/1/loi.xlsx",
            "/accounts", "/actuator/health", "/khong-co"})
    void anonymousRequestsForAnyPageAreSentToSignIn(String path) {
        try (Browser browser = new Browser(port)) {
            WebResponse response = browser.raw(browser.request(HttpMethod.GET, path)).getWebResponse();

            assertThat(response.getStatusCode()).isEqualTo(302);
            assertThat(response.getResponseHeaderValue("Location")).endsWith("/login");
            assertThat(browser.open(path).getTitleText()).isEqualTo("Đăng nhập · da06");
        }
    }

    @ParameterizedTest(name = "anonymous GET {0} → 401")
    @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/health/db", "/actuator/info", "/actuator/jobs"})
    void anonymousRequestsToActuatorAreRefused(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("UP");
    }

    @ParameterizedTest(name = "POST {0} without a CSRF token → 403")
    @ValueSource(strings = {"/months/2024-03/lock", "/months/2024-03/unlock", "/held/1/approve", "/held/1/refuse",
            "/reports", "/upload", "/accounts", "/accounts/canbo/disable", "/logout"})
    void postsWithoutTheirCsrfTokenAreRefused(String path) {
        try (Browser browser = new Browser(port)) {
            browser.signIn(PortalAccounts.ADMIN, PortalAccounts.PASSWORD);
            WebRequest post = browser.request(HttpMethod.POST, path);
            post.setRequestBody("loai=monthly&ky=2024-03&login=khong.co&role=staff&password=x&password2=x");
            post.setAdditionalHeader("Content-Type", "application/x-www-form-urlencoded");

            assertThat(browser.raw(post).getWebResponse().getStatusCode()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM month_lock").query(Integer.class).single()).isZero();
        assertThat(accounts.find("khong.co")).isEmpty();
        assertThat(accounts.find(PortalAccounts.STAFF).orElseThrow().enabled()).isTrue();
    }

    @Test
    void signingInWithoutTheFormsTokenIsRefused() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            WebRequest post = browser.request(HttpMethod.POST, "/login");
            post.setRequestBody("username=" + PortalAccounts.ADMIN + "&password=" + PortalAccounts.PASSWORD);
            post.setAdditionalHeader("Content-Type", "application/x-www-form-urlencoded");

            assertThat(browser.raw(post).getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(browser.open("/").getTitleText()).isEqualTo("Đăng nhập · da06");
        }
    }

    private HttpResponse<String> actuator(String path, String login) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((login + ":" + PortalAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    }
}
