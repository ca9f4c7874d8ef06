package dev.tagbench.support;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The test provider's security: Spring Authorization Server's endpoints with OpenID Connect, and a
 * login form for the people. Registered by {@link OidcProvider} only; it is no component, so
 * Tagbench's component scan never picks it up.
 */
@EnableWebSecurity
class OidcProviderSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(withDefaults());
        });
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(withDefaults())
                .build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        // No issuer set: it is the address the provider is called at, http://localhost:<port>.
        return AuthorizationServerSettings.builder().build();
    }

    /**
     * Vaadin makes the security context strategy of each Tagbench node the JVM-wide one, while Spring
     * Authorization Server reads the context through that JVM-wide holder. The provider's filters
     * therefore use whichever strategy the JVM holds at each call, so both always agree.
     */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }

            @Override
            public SecurityContext getContext() {
                return SecurityContextHolder.getContextHolderStrategy().getContext();
            }

            @Override
            public Supplier<SecurityContext> getDeferredContext() {
                return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
            }

            @Override
            public void setContext(SecurityContext context) {
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }

            @Override
            public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
            }

            @Override
            public SecurityContext createEmptyContext() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }
        };
    }
}
