package dev.tagbench.user;

import java.time.Duration;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * Tagbench's one client registration at the identity provider, read from the provider's discovery
 * document ({@code {issuer}/.well-known/openid-configuration}, whose issuer must be the configured
 * one) on the first sign-in rather than at start: Tagbench starts, and its password and token
 * sign-ins work, while the provider is out of reach. A failed discovery is tried again on a sign-in
 * at least {@link #RETRY_AFTER} later; meanwhile the sign-in page says the provider cannot be reached.
 * PKCE protects the authorization code even though Tagbench is a confidential client.
 */
final class SsoClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "oidc";
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);

    private final SsoProperties sso;
    private volatile @Nullable ClientRegistration registration;
    private long retryAt = System.nanoTime();

    SsoClientRegistrations(SsoProperties sso) {
        this.sso = sso;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        var known = registration;
        return known != null ? known : discover();
    }

    private synchronized @Nullable ClientRegistration discover() {
        if (registration != null || System.nanoTime() - retryAt < 0) {
            return registration;
        }
        var scopes = new LinkedHashSet<String>();
        scopes.add("openid");
        scopes.addAll(sso.scopes());
        try {
            registration = ClientRegistrations.fromOidcIssuerLocation(sso.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientId(sso.clientId())
                    .clientSecret(sso.clientSecret())
                    .clientName(sso.providerName())
                    .scope(scopes)
                    .clientSettings(ClientRegistration.ClientSettings.builder()
                            .requireProofKey(true)
                            .build())
                    .build();
            log.info("Single sign-on with {} at {}", sso.providerName(), sso.issuerUri());
        } catch (RuntimeException e) {
            retryAt = System.nanoTime() + RETRY_AFTER.toNanos();
            log.warn(
                    "Single sign-on: {} at {} cannot be reached or described itself wrongly: {}",
                    sso.providerName(),
                    sso.issuerUri(),
                    e.toString());
        }
        return registration;
    }
}
