package dev.tagbench.user;

import dev.tagbench.base.DatabaseUnavailable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in through an OpenID Connect provider, beside the password form on the same sign-in page:
 * the page's button leads to {@link SsoSignInPage#START}, which sends the browser to the provider with a fresh
 * state, nonce and PKCE challenge kept in the session; the provider sends it back to
 * {@code /login/oauth2/code/oidc}, where Spring Security checks all three, validates the ID token,
 * and {@link SsoAccounts} finds or creates the Tagbench account. The session id changes at sign-in,
 * as for a password. Failures come back to the sign-in page, which says why ({@link SsoSignInPage}).
 */
@Component
class SingleSignOn {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final SsoProperties sso;
    private final SsoAccounts accounts;

    SingleSignOn(SsoProperties sso, SsoAccounts accounts) {
        this.sso = sso;
        this.accounts = accounts;
    }

    /** Adds the sign-in through the provider to the UI's filter chain, when one is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (!sso.enabled()) {
            return;
        }
        var users = new OidcUserService();
        users.setOauth2UserService(SsoProviderCalls.userInfo());
        users.setOidcUserConverter(this::signIn);
        // The failure stays in the session (as for a password), where the sign-in page reads it.
        var failed = new SimpleUrlAuthenticationFailureHandler(SsoSignInPage.FAILED);
        var unreachable = new SimpleUrlAuthenticationFailureHandler(SsoSignInPage.UNREACHABLE);
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(new SsoClientRegistrations(sso))
                // Tagbench calls nothing at the provider with its tokens: they live and die with the session.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .tokenEndpoint(token -> token.accessTokenResponseClient(SsoProviderCalls.tokens()))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(failed)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // Its only failure here: the provider could not be discovered.
                        filter.setAuthenticationFailureHandler(unreachable);
                        return filter;
                    }
                }));
    }

    /** The principal for a sign-in the provider vouched for (ID token and user info checked). */
    private OidcUser signIn(OidcUserSource source) {
        var identity = new DefaultOidcUser(List.of(), source.getUserRequest().getIdToken(), source.getUserInfo());
        var claims = identity.getClaims();
        var who = new SsoIdentity(
                identity.getIdToken().getIssuer().toString(),
                identity.getSubject(),
                text(claims.get(sso.usernameClaim())),
                text(claims.get("name")),
                groups(claims.get(sso.groupsClaim())));
        try {
            return new SsoPrincipal(accounts.signIn(who), identity);
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                log.error("Single sign-on of {} failed", who.subject(), e);
            }
            throw new InternalAuthenticationServiceException("Single sign-on failed", e);
        }
    }

    private static @Nullable String text(@Nullable Object claim) {
        return claim instanceof String value && !value.isBlank() ? value.strip() : null;
    }

    /** A list of group names, or one name; anything else names no group. */
    private static Set<String> groups(@Nullable Object claim) {
        var groups = new LinkedHashSet<String>();
        if (claim instanceof Collection<?> names) {
            names.forEach(name -> {
                if (name instanceof String group && !group.isBlank()) {
                    groups.add(group);
                }
            });
        } else if (text(claim) != null) {
            groups.add(text(claim));
        }
        return Set.copyOf(groups);
    }
}
