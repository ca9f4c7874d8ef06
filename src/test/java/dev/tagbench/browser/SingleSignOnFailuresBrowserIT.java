package dev.tagbench.browser;

import static dev.tagbench.support.SsoTestBed.url;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.tagbench.support.AppNode;
import dev.tagbench.support.Browser;
import dev.tagbench.support.OidcProvider;
import dev.tagbench.support.SsoTestBed;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-ins through the provider that must fail, in Chromium against a real OpenID Connect provider
 * ({@link SsoTestBed}): answers that do not belong to the browser's own sign-in, a refusal at the
 * provider, and a provider that stops answering. Each lands on the sign-in page with a reason and
 * signs nobody in.
 */
class SingleSignOnFailuresBrowserIT {

    static SsoTestBed bed;
    static OidcProvider provider;
    static AppNode mixed;
    static Browser browser;
    static JdbcClient db;

    @BeforeAll
    static void start() throws Exception {
        bed = SsoTestBed.start(Map.of());
        provider = bed.provider();
        mixed = bed.node(0);
        browser = bed.browser();
        db = bed.db();
    }

    @AfterAll
    static void stop() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void an_answer_meant_for_another_browser_fails_the_sign_in() {
        // Login CSRF: someone starts a sign-in of their own and sends the provider's answer, with its
        // still unused code, to a victim, who would then work in the attacker's account.
        var erin = provider.add("erin", Map.of());
        var attacker = browser.newPage();
        attacker.navigate(provider.issuer() + "/login");
        bed.fillInProviderLogin(attacker, erin);
        attacker.waitForURL(address -> !address.contains("/login"));
        // A sign-in started at Tagbench, and the provider's answer to it, not followed.
        var noRedirects = RequestOptions.create().setMaxRedirects(0);
        var toProvider = attacker.context()
                .request()
                .get(url(mixed, "/oauth2/authorization/oidc"), noRedirects)
                .headers()
                .get("location");
        var answer = attacker.context()
                .request()
                .get(toProvider, noRedirects)
                .headers()
                .get("location");
        var callback = url(mixed, "/login/oauth2/code/");
        assertThat(answer).startsWith(callback).contains("code=", "state=");

        var victim = browser.newPage();
        victim.navigate(answer);
        expectFailed(victim);

        // The answer itself was good: the browser that asked for it signs in with it.
        attacker.navigate(answer);
        attacker.waitForURL(address -> !address.startsWith(callback));
        assertThat(attacker.locator(".app-user").textContent()).isEqualTo("erin");
        attacker.context().close();
    }

    @Test
    void a_changed_nonce_fails_the_sign_in() {
        var frank = provider.add("frank", Map.of());
        var page = browser.newPage();
        // The way to the provider, as the button would take it, but asking the provider for another nonce.
        var start = page.context()
                .request()
                .get(
                        url(mixed, "/oauth2/authorization/oidc"),
                        RequestOptions.create().setMaxRedirects(0));
        assertThat(start.status()).isEqualTo(302);
        var toProvider = start.headers().get("location");
        assertThat(toProvider).startsWith(provider.issuer()).contains("nonce=");
        page.navigate(toProvider.replaceFirst("nonce=[^&]+", "nonce=forged"));
        bed.signInAtProvider(page, mixed, frank);
        expectFailed(page);
        assertThat(db.sql("select count(*) from app_user where username = 'frank'")
                        .query(Integer.class)
                        .single())
                .as("no account made")
                .isZero();
    }

    @Test
    void a_refusal_at_the_provider_says_so() {
        var page = browser.newPage();
        // The provider answers a sign-in this browser started with an error, as when someone declines there.
        var toProvider = page.context()
                .request()
                .get(
                        url(mixed, "/oauth2/authorization/oidc"),
                        RequestOptions.create().setMaxRedirects(0))
                .headers()
                .get("location");
        var state = toProvider.replaceFirst(".*[?&]state=([^&]+).*", "$1");
        page.navigate(url(mixed, "/login/oauth2/code/oidc?error=access_denied&state=" + state));
        assertThat(page.locator(".login-notice").textContent())
                .isEqualTo("Signing in with " + SsoTestBed.PROVIDER + " was cancelled or refused there.");
        page.context().close();
    }

    @Test
    void a_provider_that_stops_answering_fails_the_sign_in_instead_of_holding_it() {
        var gina = provider.add("gina", Map.of());
        // Longer than the browser waits for the way back: only Tagbench's own time limit ends it sooner.
        provider.holdTokens(Duration.ofSeconds(45));
        try {
            expectFailed(bed.signIn(mixed, gina));
        } finally {
            provider.holdTokens(Duration.ZERO);
        }
        assertThat(db.sql("select count(*) from app_user where username = 'gina'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private void expectFailed(Page page) {
        assertThat(bed.refusal(page, mixed))
                .isEqualTo("Signing in with " + SsoTestBed.PROVIDER + " failed. Please try again.");
    }
}
