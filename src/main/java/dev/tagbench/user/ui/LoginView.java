package dev.tagbench.user.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.tagbench.base.DatabaseUnavailable;
import dev.tagbench.user.SsoProperties;
import dev.tagbench.user.SsoSignInPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * Form login, posting to Spring Security's login processing URL, and, with single sign-on
 * configured, a "Sign in with …" link to the identity provider. While local accounts are switched
 * off only that link is shown.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Tagbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final SsoProperties sso;
    private final LoginForm login = new LoginForm();

    public LoginView(SsoProperties sso) {
        this.sso = sso;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1("Tagbench"), new Paragraph("Sentence labelling for news datasets"));
        if (sso.localAccounts()) {
            login.setAction("login");
            login.setForgotPasswordButtonVisible(false);
            add(login);
        }
        if (sso.enabled()) {
            // A plain link the router leaves alone: the browser goes to the provider and back. Relative,
            // so it works under a context path too.
            var provider = new Anchor(SsoSignInPage.START.substring(1), "Sign in with " + sso.providerName());
            provider.setRouterIgnore(true);
            provider.addClassName("sso-sign-in");
            add(provider);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("password-changed")) {
            notice("Your password was changed: sign in with the new one.");
        }
        if (parameters.containsKey("expired")) {
            // The form posted without this session's CSRF token: the page was old, or another site sent it.
            notice("The sign-in form had expired; please sign in again.");
        }
        if (parameters.containsKey("sso-failed")) {
            notice(SsoSignInPage.of(sso, lastFailure()));
        }
        if (parameters.containsKey("sso-unreachable")) {
            notice(SsoSignInPage.unreachable(sso));
        }
        var failed = parameters.containsKey("error");
        if (failed && lastFailure() instanceof Exception e && DatabaseUnavailable.isCause(e)) {
            // Spring Security reports any failed sign-in as ?error; "wrong password" would be untrue here.
            var i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle(DatabaseUnavailable.TITLE);
            i18n.getErrorMessage().setMessage(DatabaseUnavailable.DETAIL);
            login.setI18n(i18n);
        }
        login.setError(failed);
    }

    private void notice(String text) {
        var notice = new Paragraph(text);
        notice.addClassName("login-notice");
        addComponentAtIndex(2, notice);
    }

    /** Why the last sign-in failed, as Spring Security keeps it in the session. */
    private static @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
