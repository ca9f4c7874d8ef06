package dev.tagbench.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.tagbench.support.OidcProvider.Person;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What the single sign-on browser tests run on: a real OpenID Connect provider ({@link OidcProvider}),
 * Tagbench nodes on one PostgreSQL of their own, each configured for that provider plus settings of
 * its own, and Chromium, with the steps of a sign-in through the provider.
 *
 * <p>Tagbench is opened at {@code 127.0.0.1} and the provider at {@code localhost}, so the browser
 * keeps their cookies apart as for two sites.
 */
public final class SsoTestBed implements AutoCloseable {

    public static final String PROVIDER = "Test ID";

    private final SecurityContextHolderStrategy jvmSecurityContext = AppNode.jvmSecurityContext();
    private final List<AppNode> nodes = new ArrayList<>();
    private @Nullable OidcProvider provider;
    private @Nullable EmbeddedPostgres postgres;
    private @Nullable Browser browser;

    private SsoTestBed() {}

    /** Starts the provider, the database and one node per settings, all at once where they can. */
    @SafeVarargs
    public static SsoTestBed start(Map<String, String>... nodeSettings) throws Exception {
        var bed = new SsoTestBed();
        try {
            bed.provider = OidcProvider.start();
            bed.postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("tagbench-sso"))
                    .setCleanDataDirectory(true)
                    .start();
            try (var connection = bed.postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database tagbench");
            }
            var url = "jdbc:postgresql://localhost:" + bed.postgres.getPort() + "/tagbench";
            try (var pool = Executors.newFixedThreadPool(nodeSettings.length)) {
                var starting = new ArrayList<Future<AppNode>>();
                for (var own : nodeSettings) {
                    var settings = new HashMap<>(Map.of(
                            "tagbench.sso.issuer-uri",
                            bed.provider.issuer(),
                            "tagbench.sso.client-id",
                            OidcProvider.CLIENT_ID,
                            "tagbench.sso.client-secret",
                            OidcProvider.CLIENT_SECRET,
                            "tagbench.sso.provider-name",
                            PROVIDER));
                    settings.putAll(own);
                    starting.add(pool.submit(() -> AppNode.start(url, settings)));
                }
                for (var node : starting) {
                    bed.nodes.add(node.get());
                }
            }
            bed.browser = new Browser(bed.nodes.getFirst().port());
            return bed;
        } catch (Exception | Error e) {
            bed.close();
            throw e;
        }
    }

    public AppNode node(int index) {
        return nodes.get(index);
    }

    public OidcProvider provider() {
        return require(provider);
    }

    public Browser browser() {
        return require(browser);
    }

    public JdbcClient db() {
        return nodes.getFirst().bean(JdbcClient.class);
    }

    /** Signs in on a node's sign-in page through the provider's login form, in a fresh browser context. */
    public Page signIn(AppNode node, Person person) {
        var page = browser().newPage();
        signIn(page, node, person);
        return page;
    }

    public void signIn(Page page, AppNode node, Person person) {
        page.navigate(url(node, "/login"));
        page.locator("a.sso-sign-in").click();
        signInAtProvider(page, node, person);
    }

    /** Fills in the provider's login form, which sends the browser back to the node. */
    public void signInAtProvider(Page page, AppNode node, Person person) {
        fillInProviderLogin(page, person);
        page.waitForURL(address -> address.startsWith(url(node, "/")) && !address.contains("/oauth2/"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Fills in the provider's login form once the browser is there, and sends it. */
    public void fillInProviderLogin(Page page, Person person) {
        page.waitForURL(address -> address.startsWith(provider().issuer() + "/login"));
        page.locator("input[name='username']").fill(person.login());
        page.locator("input[name='password']").fill(person.password());
        page.locator("button[type='submit']").click();
    }

    /** What the node's sign-in page says after a refused sign-in, having checked that nobody is signed in. */
    public String refusal(Page page, AppNode node) {
        assertThat(page.url()).contains("/login?sso-failed");
        var notice = page.locator(".login-notice").textContent();
        page.navigate(url(node, "/profile"));
        assertThat(page.url()).as("not signed in").contains("/login");
        page.context().close();
        return notice;
    }

    /** A GET on the node's API with this {@code Authorization} header. */
    public HttpResponse<String> api(AppNode node, String path, String authorization) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(node, path)))
                            .header("Authorization", authorization)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The node's session id in this browser context. */
    public static String sessionId(Page page, AppNode node) {
        return page.context().cookies(url(node, "/")).stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .value;
    }

    public static String url(AppNode node, String path) {
        return "http://127.0.0.1:" + node.port() + path;
    }

    private static <T> T require(@Nullable T part) {
        if (part == null) {
            throw new IllegalStateException("The test bed did not start");
        }
        return part;
    }

    @Override
    public void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        for (var node : nodes) {
            node.close();
        }
        if (provider != null) {
            provider.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        AppNode.restoreJvmSecurityContext(jvmSecurityContext);
    }
}
