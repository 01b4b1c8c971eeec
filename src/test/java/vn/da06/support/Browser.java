package vn.da06.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;

import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/**
 * A person's browser on the running portal (HtmlUnit, no JavaScript: the portal has none). Failing statuses are
 * pages to look at, not exceptions; redirects are followed unless a test asks for the raw response.
 */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient();
    private final String base;

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
    }

    /** Signs in through the sign-in form and returns the page it lands on. */
    public HtmlPage signIn(String login, String password) {
        HtmlPage page = open("/login");
        HtmlForm form = page.getForms().get(0);
        form.getInputByName("username").setValue(login);
        form.getInputByName("password").setValue(password);
        return submit(form);
    }

    /** The page at a path of the portal, redirects followed. */
    public HtmlPage open(String path) {
        Page page = get(path);
        if (page instanceof HtmlPage html) {
            return html;
        }
        throw new AssertionError(path + " is not a page but " + page.getWebResponse().getContentType());
    }

    /** Whatever the path answers (a page, a file), redirects followed. */
    public Page get(String path) {
        try {
            return client.getPage(url(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request as a browser sends it, asking for HTML. */
    public WebRequest request(HttpMethod method, String path) {
        WebRequest request = new WebRequest(url(path), "text/html,application/xhtml+xml,*/*;q=0.8", "gzip, deflate");
        request.setHttpMethod(method);
        return request;
    }

    /** The status of a request as sent, redirects not followed. */
    public int status(HttpMethod method, String path) {
        return raw(request(method, path)).getWebResponse().getStatusCode();
    }

    /** A request answered as sent, redirects not followed (the Location header stays readable). */
    public Page raw(WebRequest request) {
        boolean redirects = client.getOptions().isRedirectEnabled();
        client.getOptions().setRedirectEnabled(false);
        try {
            return client.getPage(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            client.getOptions().setRedirectEnabled(redirects);
        }
    }

    public HtmlPage submit(HtmlForm form) {
        try {
            Page page = form.getOneHtmlElementByAttribute("button", "type", "submit").click();
            return (HtmlPage) page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URL url(String path) {
        try {
            return URI.create(path.startsWith("http") ? path : base + path).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    public WebClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
