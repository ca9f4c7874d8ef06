package dev.tagbench.user;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A sign-in through the identity provider that Tagbench refuses, with the reason the person is shown. */
public class SsoRefusal extends OAuth2AuthenticationException {

    SsoRefusal(String code, String message) {
        super(new OAuth2Error(code, message, null), message);
    }
}
