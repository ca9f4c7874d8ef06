package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI session: a new session id at sign-in (so an id planted before it is worthless), cookie
 * flags, an id that stops working at sign-out, and the {@code Secure} flag behind a TLS proxy.
 */
class SessionSecurityIT extends BrowserTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @Test
    void signing_in_issues_a_new_session_id_and_the_old_one_stays_anonymous() throws Exception {
        var user = data.user("fixation");
        var page = browser.newPage();
        page.navigate(browser.url("/login"));
        var before = sessionCookie(page.context().cookies());
        assertThat(answer("/", before.value).statusCode())
                .as("not signed in yet")
                .isEqualTo(302);

        Browser.signIn(page, user.username(), TestData.PASSWORD);
        var after = sessionCookie(page.context().cookies());

        assertThat(after.value).isNotEqualTo(before.value);
        assertThat(after.httpOnly).isTrue();
        assertThat(after.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(answer("/", after.value).statusCode())
                .as("signed-in session")
                .isEqualTo(200);
        assertThat(answer("/", before.value).statusCode())
                .as("planted session id")
                .isEqualTo(302);

        page.locator("vaadin-button:has-text('Sign out')").click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(answer("/", after.value).statusCode())
                .as("session after sign-out")
                .isEqualTo(302);
        page.context().close();
    }

    @Test
    void a_session_ends_when_its_account_is_disabled_demoted_or_gets_a_new_password() throws Exception {
        var admin = new ApiClient(port, "admin", "admin-password");
        var curator = data.user("session-curator");
        var session = signedInSession(curator.username());
        assertThat(admin.put("/api/v1/users/" + curator.username(), "{\"enabled\": false}")
                        .status())
                .isEqualTo(200);
        assertThat(answer("/", session).statusCode()).as("disabled").isEqualTo(302);
        admin.put("/api/v1/users/" + curator.username(), "{\"enabled\": true}");

        session = signedInSession(curator.username());
        assertThat(answer("/", session).statusCode()).isEqualTo(200);
        assertThat(admin.put(
                                "/api/v1/users/" + curator.username() + "/password",
                                "{\"password\": \"" + TestData.PASSWORD + "\"}")
                        .status())
                .as("same password, new hash")
                .isEqualTo(204);
        assertThat(answer("/", session).statusCode()).as("password reset").isEqualTo(302);

        var deputy = data.user("session-admin");
        admin.put("/api/v1/users/" + deputy.username(), "{\"admin\": true}");
        var adminSession = signedInSession(deputy.username());
        assertThat(answer("/admin/users", adminSession).statusCode()).isEqualTo(200);
        admin.put("/api/v1/users/" + deputy.username(), "{\"admin\": false}");
        assertThat(answer("/admin/users", adminSession).statusCode())
                .as("demoted")
                .isEqualTo(302);
    }

    private String signedInSession(String username) {
        var page = browser.newPage();
        page.navigate(browser.url("/login"));
        Browser.signIn(page, username, TestData.PASSWORD);
        var id = sessionCookie(page.context().cookies()).value;
        page.context().close();
        return id;
    }

    @Test
    void the_session_cookie_is_secure_when_a_tls_proxy_forwards_the_request() throws Exception {
        var plain = http.send(
                HttpRequest.newBuilder(URI.create(browser.url("/login"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(plain.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly")
                        .doesNotContainIgnoringCase("Secure"));

        var proxied = http.send(
                HttpRequest.newBuilder(URI.create(browser.url("/login")))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(proxied.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("Secure")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private HttpResponse<Void> answer(String path, String sessionId) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(browser.url(path)))
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static Cookie sessionCookie(List<Cookie> cookies) {
        return cookies.stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie among " + cookies.size() + " cookies"));
    }
}
