package dev.tagbench.user;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Three filter chains: the REST API is stateless (personal tokens or HTTP Basic, no session, no CSRF
 * because no cookie authenticates it) and answers in problem details; the Vaadin UI uses form login with a session,
 * Vaadin's CSRF protection for its own requests and Spring's for the sign-in form ({@link LoginCsrf}). The API's OpenAPI document and Swagger UI are read-only and public.
 * With single sign-on configured the UI also signs in through the identity provider ({@link SingleSignOn});
 * with local accounts switched off the API takes no HTTP Basic, and the password check refuses every
 * account ({@link DatabaseUserDetailsService}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with an {id} prefix so the algorithm can change without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiTokenService tokens,
            SsoProperties sso,
            ObjectProvider<SecurityContextHolderStrategy> securityContext)
            throws Exception {
        var problems = new ProblemSecurityResponses(sso.localAccounts());
        var strategy = securityContext.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        if (sso.localAccounts()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        return http.securityMatcher("/api/**", "/actuator/**")
                .addFilterBefore(new BearerTokenFilter(tokens, problems, strategy), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The API's description and Swagger UI are public, so anyone can read how to call the API. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(
            HttpSecurity http,
            DatabaseUserDetailsService accounts,
            RequestUtil vaadinRequests,
            SingleSignOn singleSignOn,
            ObjectProvider<SecurityContextHolderStrategy> securityContext)
            throws Exception {
        var strategy = securityContext.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        singleSignOn.configure(http);
        http.addFilterAfter(new SessionAccountFilter(accounts, strategy), SecurityContextHolderFilter.class);
        // Tagbench's stylesheet styles the login page too, so it is public like Vaadin's own resources.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**").permitAll());
        LoginCsrf.require(http, vaadinRequests);
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView("/login").enableCsrfConfiguration(false))
                .build();
    }
}
