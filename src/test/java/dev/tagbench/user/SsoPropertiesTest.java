package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Settings that would lock everyone out, or half configure the provider, stop Tagbench at start. */
class SsoPropertiesTest {

    @Test
    void without_an_issuer_single_sign_on_is_off_and_local_accounts_stay() {
        var off = properties("", "", "", true);
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> properties("", "", "", false))
                .hasMessageContaining("tagbench.sso.local-accounts=false needs single sign-on");
    }

    @Test
    void an_issuer_needs_the_client_id_and_secret() {
        assertThat(properties("https://id.example", "tagbench", "secret", false).enabled())
                .isTrue();
        assertThatThrownBy(() -> properties("https://id.example", "tagbench", " ", true))
                .hasMessageContaining("tagbench.sso.client-secret");
        assertThatThrownBy(() -> properties("https://id.example", "", "secret", true))
                .hasMessageContaining("tagbench.sso.client-id");
    }

    @Test
    void the_sign_in_page_shows_tagbenchs_own_reasons_and_sums_up_the_rest() {
        var sso = properties("https://id.example", "tagbench", "secret", true);
        assertThat(SsoSignInPage.of(sso, new SsoRefusal("account_disabled", "Your account is disabled.")))
                .isEqualTo("Your account is disabled.");
        assertThat(SsoSignInPage.of(sso, new OAuth2AuthenticationException(new OAuth2Error("access_denied"))))
                .isEqualTo("Signing in with Example ID was cancelled or refused there.");
        // A provider's own text could be anyone's: it never reaches the page.
        var foreign = new OAuth2AuthenticationException(
                new OAuth2Error("invalid_request", "Call +1 555 to unlock your account", null));
        assertThat(SsoSignInPage.of(sso, foreign)).isEqualTo("Signing in with Example ID failed. Please try again.");
        assertThat(SsoSignInPage.of(sso, null)).isEqualTo("Signing in with Example ID failed. Please try again.");
    }

    private static SsoProperties properties(String issuer, String clientId, String secret, boolean localAccounts) {
        return new SsoProperties(
                issuer,
                clientId,
                secret,
                "Example ID",
                "preferred_username",
                List.of("openid"),
                false,
                localAccounts,
                "groups",
                List.of());
    }
}
