package dev.tagbench.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in a
 * small Spring context of its own (no Spring Boot application, so no second logging start in the
 * JVM), on a random port of the loopback interface, at {@code http://localhost:<port>}. Browsers sign
 * in on its own login form. Tagbench must be opened at {@code 127.0.0.1}: the provider accepts any
 * port for a loopback redirect address, and the two sites keep their session cookies apart.
 *
 * <p>Each person has a subject of their own (not their username), and claims the tests change at
 * will: the next ID token carries what is set then.
 */
public final class OidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "tagbench";
    public static final String CLIENT_SECRET = "tagbench-secret";

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final InMemoryUserDetailsManager logins;
    private final Map<String, Person> people;

    /** Someone who can sign in at the provider, with the subject and claims it vouches for. */
    public record Person(String login, String password, String subject, Map<String, Object> claims) {

        /** Changes a claim for the next sign-in. */
        public void set(String claim, Object value) {
            claims.put(claim, value instanceof List<?> list ? List.copyOf(list) : value);
        }
    }

    private OidcProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
        this.logins = context.getBean(InMemoryUserDetailsManager.class);
        @SuppressWarnings("unchecked")
        Map<String, Person> people = context.getBean("people", Map.class);
        this.people = people;
    }

    public static OidcProvider start() {
        var context = new AnnotationConfigServletWebServerApplicationContext();
        var people = new ConcurrentHashMap<String, Person>();
        context.registerBean("people", Map.class, () -> people);
        context.registerBean(TomcatServletWebServerFactory.class, () -> {
            var factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(InetAddress.getLoopbackAddress());
            // Tomcat runs filters only for a request some servlet is mapped to; the provider is all filters.
            factory.setRegisterDefaultServlet(true);
            return factory;
        });
        context.registerBean(InMemoryUserDetailsManager.class, () -> new InMemoryUserDetailsManager());
        context.registerBean(
                InMemoryRegisteredClientRepository.class,
                () -> new InMemoryRegisteredClientRepository(tagbenchClient()));
        var keys = signingKey();
        context.registerBean(JWKSource.class, () -> keys);
        // The user info endpoint checks the access token with the provider's own key.
        context.registerBean(JwtDecoder.class, () -> OAuth2AuthorizationServerConfiguration.jwtDecoder(keys));
        // Typed with its generics: the authorization server looks the customizer up by them.
        context.registerBean(
                "claims",
                OAuth2TokenCustomizer.class,
                () -> claimsOf(people),
                definition -> ((RootBeanDefinition) definition)
                        .setTargetType(ResolvableType.forClassWithGenerics(
                                OAuth2TokenCustomizer.class, JwtEncodingContext.class)));
        var hold = new HoldTokens();
        context.registerBean(HoldTokens.class, () -> hold);
        context.register(OidcProviderSecurity.class);
        context.refresh();
        return new OidcProvider(context);
    }

    /** Makes the token endpoint answer only after this long, as a provider that hangs; zero for at once. */
    public void holdTokens(Duration delay) {
        context.getBean(HoldTokens.class).delay = delay;
    }

    public String issuer() {
        return "http://localhost:" + context.getWebServer().getPort();
    }

    /** Adds a person whose username claim is their login, with these further claims. */
    public Person add(String login, Map<String, Object> claims) {
        var person = new Person(login, "pw-" + login, "subject-" + UUID.randomUUID(), new ConcurrentHashMap<>());
        person.claims().put("preferred_username", login);
        person.claims().putAll(claims);
        people.put(login, person);
        logins.createUser(User.withUsername(login)
                .password("{noop}" + person.password())
                .roles("USER")
                .build());
        return person;
    }

    private static RegisteredClient tagbenchClient() {
        return RegisteredClient.withId("tagbench")
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // Any port: a loopback redirect address.
                .redirectUri("http://127.0.0.1:8080/login/oauth2/code/oidc")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .requireProofKey(true)
                        .build())
                .build();
    }

    private static JWKSource<SecurityContext> signingKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person's subject and current claims in the ID token (and so in the user info). */
    private static OAuth2TokenCustomizer<JwtEncodingContext> claimsOf(Map<String, Person> people) {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                var person = people.get(context.getPrincipal().getName());
                context.getClaims()
                        .subject(person.subject())
                        .claims(claims -> claims.putAll(Map.copyOf(person.claims())));
            }
        };
    }

    /** Delays answers of the token endpoint, before the provider's security filters see the request. */
    static final class HoldTokens extends OncePerRequestFilter implements Ordered {

        volatile Duration delay = Duration.ZERO;

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestURI().equals("/oauth2/token") && !delay.isZero()) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
