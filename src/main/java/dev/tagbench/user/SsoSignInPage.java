package dev.tagbench.user;

import dev.tagbench.base.DatabaseUnavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** What the sign-in page needs for single sign-on: where its button leads, and what it says after a failure. */
public final class SsoSignInPage {

    /** Where the button leads: from there the browser is sent to the provider. */
    public static final String START = "/oauth2/authorization/" + SsoClientRegistrations.REGISTRATION_ID;

    /** Where a failed sign-in through the provider lands (the failure is in the session). */
    public static final String FAILED = "/login?sso-failed";

    /** Where the button lands when the provider could not be discovered. */
    public static final String UNREACHABLE = "/login?sso-unreachable";

    private SsoSignInPage() {}

    /**
     * The reason, as text: Tagbench's own refusals say what to do; the provider's errors and failed
     * checks (state, nonce, token) are summed up, since their details help no one signing in and
     * could carry text that someone else put into the address.
     */
    public static String of(SsoProperties sso, @Nullable Object failure) {
        if (failure instanceof SsoRefusal refusal) {
            return refusal.getMessage();
        }
        if (failure instanceof Exception e && DatabaseUnavailable.isCause(e)) {
            return DatabaseUnavailable.DETAIL;
        }
        if (failure instanceof OAuth2AuthenticationException e
                && "access_denied".equals(e.getError().getErrorCode())) {
            return "Signing in with " + sso.providerName() + " was cancelled or refused there.";
        }
        return "Signing in with " + sso.providerName() + " failed. Please try again.";
    }

    /** What the page says when the provider could not be reached to start a sign-in. */
    public static String unreachable(SsoProperties sso) {
        return sso.providerName() + " cannot be reached at the moment. Please try again in a minute.";
    }
}
