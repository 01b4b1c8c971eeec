package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.htmlunit.HttpMethod;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import vn.da06.account.Role;
import vn.da06.support.Browser;

/** Signing in and out: wrong passwords lock an account for a while, a disabled one stays out, all of it logged. */
class SignInTests extends PortalTest {

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorEnablesIt() {
        String login = "thu.khoa." + System.nanoTime() % 100_000;
        accounts.add(login, Role.LEADER, null, PortalAccounts.PASSWORD);
        try (Browser browser = new Browser(port)) {
            for (int i = 0; i < 5; i++) {
                assertThat(browser.signIn(login, "sai-mat-khau-" + i).asNormalizedText()).contains("Sai tên đăng nhập hoặc mật khẩu.");
            }

            HtmlPage refused = browser.signIn(login, PortalAccounts.PASSWORD);

            assertThat(refused.asNormalizedText()).contains("Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần");
            assertThat(accounts.find(login).orElseThrow().lockedAt(java.time.Instant.now())).isTrue();
            assertThat(audit(login)).containsExactly("login_failed", "login_failed", "login_failed", "login_failed",
                    "login_failed", "locked_out", "login_failed");
        }
        try (Browser admin = new Browser(port)) {
            admin.signIn(PortalAccounts.ADMIN, PortalAccounts.PASSWORD);
            HtmlPage page = admin.submit(Uploading.form(admin.open("/accounts"), "/accounts/" + login + "/enable"));
            assertThat(page.asNormalizedText()).contains("Đã kích hoạt lại tài khoản " + login);
        }
        try (Browser browser = new Browser(port)) {
            assertThat(browser.signIn(login, PortalAccounts.PASSWORD).getUrl().getPath()).isEqualTo("/");
        }
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String login = "thu.tat." + System.nanoTime() % 100_000;
        accounts.add(login, Role.STAFF, null, PortalAccounts.PASSWORD);
        try (Browser admin = new Browser(port)) {
            admin.signIn(PortalAccounts.ADMIN, PortalAccounts.PASSWORD);
            admin.submit(Uploading.form(admin.open("/accounts"), "/accounts/" + login + "/disable"));
        }
        try (Browser browser = new Browser(port)) {
            assertThat(browser.signIn(login, PortalAccounts.PASSWORD).asNormalizedText())
                    .contains("Tài khoản đã bị vô hiệu hóa.");
            assertThat(browser.status(HttpMethod.GET, "/")).isEqualTo(302);
        }
        assertThat(audit(login)).containsExactly("login_failed");
    }

    @Test
    void signInAndOutAreLoggedWithTheAddressAndTheSessionCookieIsGuarded() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            List<NameValuePair> headers = browser.signIn(PortalAccounts.LEADER, PortalAccounts.PASSWORD).getWebResponse()
                    .getResponseHeaders();
            HtmlPage signedOut = browser.submit(Uploading.form(browser.open("/"), "/logout"));

            assertThat(signedOut.asNormalizedText()).contains("Đã đăng xuất.");
            assertThat(browser.status(HttpMethod.GET, "/")).isEqualTo(302);
        }
        try (Browser browser = new Browser(port)) {
            WebResponse login = browser.raw(browser.request(HttpMethod.GET, "/login")).getWebResponse();
            assertThat(login.getResponseHeaders()).filteredOn(h -> h.getName().equalsIgnoreCase("Set-Cookie"))
                    .extracting(NameValuePair::getValue).anySatisfy(cookie -> assertThat(cookie)
                            .startsWith("DA06_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
            assertThat(login.getResponseHeaderValue("Content-Security-Policy")).contains("script-src 'none'");
            assertThat(login.getResponseHeaderValue("X-Frame-Options")).isEqualTo("DENY");
        }
        assertThat(jdbc.sql("""
                SELECT action || ' ' || remote_address FROM audit_log WHERE login = :login AND action IN ('login', 'logout')
                ORDER BY audit_key DESC LIMIT 2""").param("login", PortalAccounts.LEADER).query(String.class).list())
                .containsExactly("logout 127.0.0.1", "login 127.0.0.1");
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanSignIn() {
        String login = "moi." + System.nanoTime() % 100_000;
        try (Browser admin = new Browser(port)) {
            admin.signIn(PortalAccounts.ADMIN, PortalAccounts.PASSWORD);
            var form = Uploading.form(admin.open("/accounts"), "/accounts");
            form.getInputByName("login").setValue(login);
            form.getSelectByName("role").setSelectedAttribute("unit", true);
            form.getInputByName("unit").setValue("21958");
            form.getInputByName("password").setValue("mat-khau-moi-123");
            form.getInputByName("password2").setValue("mat-khau-moi-123");

            assertThat(admin.submit(form).asNormalizedText()).contains("Đã tạo tài khoản " + login + " (đơn vị).");
        }
        try (Browser browser = new Browser(port)) {
            HtmlPage landing = browser.signIn(login, "mat-khau-moi-123");
            assertThat(landing.getUrl().getPath()).isEqualTo("/upload");
            assertThat(landing.asNormalizedText()).contains("Xã Phước Thắng (21958)");
        }
    }

    private List<String> audit(String login) {
        return jdbc.sql("SELECT action FROM audit_log WHERE login = :login ORDER BY audit_key").param("login", login)
                .query(String.class).list();
    }
}
