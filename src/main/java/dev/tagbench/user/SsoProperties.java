package dev.tagbench.user;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with an OpenID Connect provider ({@code tagbench.sso.*}, docs/operations.md). Off
 * while {@code issuer-uri} is empty. Project roles from groups are the project feature's part of
 * these settings ({@code tagbench.sso.project-roles}).
 *
 * @param issuerUri            the provider's issuer, whose {@code /.well-known/openid-configuration} describes it
 * @param clientId             Tagbench's client id at the provider
 * @param clientSecret         Tagbench's client secret at the provider
 * @param providerName         shown on the sign-in button: "Sign in with …"
 * @param usernameClaim        the claim that names a new account
 * @param scopes               asked of the provider; {@code openid} is always among them
 * @param linkExistingAccounts whether a first sign-in may take over the Tagbench account of the same
 *                             name that has no provider identity yet; only safe when the provider's
 *                             usernames are assigned by its administrators, never chosen by people
 * @param localAccounts        whether anyone may sign in with a Tagbench password (form or HTTP Basic)
 * @param groupsClaim          the claim listing the person's groups, for administrators and project roles
 * @param adminGroups          members of any of these groups are administrators, others are not; empty:
 *                             administrators are chosen in Tagbench only
 */
@ConfigurationProperties("tagbench.sso")
public record SsoProperties(
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("single sign-on") String providerName,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("false") boolean linkExistingAccounts,
        @DefaultValue("true") boolean localAccounts,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue List<String> adminGroups) {

    public SsoProperties {
        adminGroups = adminGroups.stream().filter(group -> !group.isBlank()).toList();
        if (!issuerUri.isBlank() && (clientId.isBlank() || clientSecret.isBlank())) {
            throw new IllegalArgumentException(
                    "Single sign-on needs tagbench.sso.client-id and tagbench.sso.client-secret beside tagbench.sso.issuer-uri.");
        }
        if (issuerUri.isBlank() && !localAccounts) {
            throw new IllegalArgumentException("tagbench.sso.local-accounts=false needs single sign-on"
                    + " (tagbench.sso.issuer-uri): otherwise nobody could sign in.");
        }
        if (usernameClaim.isBlank() || groupsClaim.isBlank()) {
            throw new IllegalArgumentException(
                    "tagbench.sso.username-claim and tagbench.sso.groups-claim cannot be empty.");
        }
    }

    /** Whether a provider is configured, so the sign-in page offers it. */
    public boolean enabled() {
        return !issuerUri.isBlank();
    }

    /** Whether the provider's groups decide who is an administrator. */
    boolean managesAdmins() {
        return !adminGroups.isEmpty();
    }
}
