package dev.tagbench.user;

import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Tagbench's calls to the identity provider during a sign-in (the code for tokens, the user info),
 * as Spring Security makes them but with time limits: its defaults wait for ever, so a provider that
 * hangs would hold each sign-in request with it. A sign-in that runs out of time fails like any other.
 */
final class SsoProviderCalls {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private SsoProviderCalls() {}

    private static SimpleClientHttpRequestFactory limited() {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(TIMEOUT);
        factory.setReadTimeout(TIMEOUT);
        return factory;
    }

    /** Exchanges the authorization code for tokens, as Spring Security's default client does. */
    static RestClientAuthorizationCodeTokenResponseClient tokens() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(limited())
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    /** Reads the user info, as Spring Security's default service does. */
    static DefaultOAuth2UserService userInfo() {
        var rest = new RestTemplate(limited());
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        var service = new DefaultOAuth2UserService();
        service.setRestOperations(rest);
        return service;
    }
}
