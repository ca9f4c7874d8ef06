package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import dev.tagbench.support.Browser;
import dev.tagbench.support.BrowserTest;
import dev.tagbench.support.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Login CSRF: the sign-in form needs the CSRF token of the session that showed it, so another site
 * cannot sign a victim's browser in to an account of its choosing. The real form still signs in.
 */
class LoginCsrfIT extends BrowserTest {

    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    TestData data;

    @Test
    void the_sign_in_form_posts_the_token_of_its_page_and_signs_in() {
        var user = data.user("csrf-real");
        var page = browser.newPage();
        var posts = new ArrayList<Request>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().endsWith("/login")) {
                posts.add(request);
            }
        });
        page.navigate(browser.url("/login"));
        Browser.signIn(page, user.username(), TestData.PASSWORD);

        assertThat(page.url()).doesNotContain("/login");
        assertThat(posts)
                .singleElement()
                .satisfies(post -> assertThat(post.postData()).contains("_csrf="));
        page.context().close();
    }

    @Test
    void a_sign_in_without_the_sessions_token_signs_nobody_in() throws Exception {
        var attacker = data.user("csrf-attacker");

        var noSession = signIn(null, attacker.username(), null);
        assertThat(noSession.statusCode()).isEqualTo(302);
        assertThat(noSession.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(LoginCsrf.EXPIRED_FORM));
        var created = sessionOf(noSession);
        if (created.isPresent()) {
            assertThat(status("/", created.get())).as("anonymous").isEqualTo(302);
        }

        var victim = loginPage();
        var withoutToken = signIn(victim.session(), attacker.username(), null);
        assertThat(withoutToken.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(LoginCsrf.EXPIRED_FORM));
        assertThat(status("/", sessionOf(withoutToken).orElse(victim.session())))
                .as("still anonymous")
                .isEqualTo(302);

        // The attacker's own session and token do not fit the victim's session.
        var attackers = loginPage();
        var foreignToken = signIn(victim.session(), attacker.username(), attackers.token());
        assertThat(foreignToken.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(LoginCsrf.EXPIRED_FORM));
        assertThat(status("/", sessionOf(foreignToken).orElse(victim.session())))
                .isEqualTo(302);

        var own = signIn(victim.session(), attacker.username(), victim.token());
        assertThat(own.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));
        assertThat(status("/", sessionOf(own).orElseThrow())).as("signed in").isEqualTo(200);
    }

    @Test
    void a_form_on_another_site_cannot_sign_the_browser_in() {
        var attacker = data.user("csrf-site");
        var page = browser.newPage();
        page.route(
                "http://attacker.test/**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody("<form method=post action='" + browser.url("/login") + "'>"
                                + "<input name=username value='" + attacker.username() + "'>"
                                + "<input name=password value='" + TestData.PASSWORD + "'></form>"
                                + "<script>document.forms[0].submit()</script>")));
        page.navigate("http://attacker.test/");
        // The form submits itself; wait until the browser is back on Tagbench.
        page.waitForURL(url -> url.startsWith(browser.url("/")));

        page.navigate(browser.url("/"));
        assertThat(page.url()).as("not signed in: sent to the sign-in form").contains("/login");
        page.context().close();
    }

    private record LoginPage(String session, String token) {}

    private LoginPage loginPage() throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(browser.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = META.matcher(response.body());
        assertThat(token.find()).as("the login page carries the CSRF token").isTrue();
        return new LoginPage(sessionOf(response).orElseThrow(), token.group(1));
    }

    private HttpResponse<Void> signIn(@Nullable String session, String username, @Nullable String token)
            throws IOException, InterruptedException {
        var form = "username=" + encode(username) + "&password=" + encode(TestData.PASSWORD)
                + (token == null ? "" : "&_csrf=" + encode(token));
        var request = HttpRequest.newBuilder(URI.create(browser.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private int status(String path, String session) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(browser.url(path)))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static Optional<String> sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
