package dev.tagbench.user;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through the identity provider: the Tagbench account, with its roles and name,
 * and what the provider said. Spring Security's OpenID Connect sign-in needs an {@link OidcUser} as
 * the principal; everything in Tagbench reads the account ({@link TagbenchPrincipal#of}).
 */
record SsoPrincipal(TagbenchPrincipal account, OidcUser identity) implements OidcUser {

    @Override
    public Map<String, Object> getClaims() {
        return identity.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return identity.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return identity.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return identity.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    /** The Tagbench username, as for a password sign-in. */
    @Override
    public String getName() {
        return account.getUsername();
    }
}
