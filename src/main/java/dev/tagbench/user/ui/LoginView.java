package dev.tagbench.user.ui;

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
import org.springframework.security.web.WebAttributes;

/** Form login; the form posts to Spring Security's login processing URL. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Tagbench")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Tagbench"), new Paragraph("Sentence labelling for news datasets"), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("password-changed")) {
            addComponentAtIndex(2, new Paragraph("Your password was changed: sign in with the new one."));
        }
        if (parameters.containsKey("expired")) {
            // The form posted without this session's CSRF token: the page was old, or another site sent it.
            addComponentAtIndex(2, new Paragraph("The sign-in form had expired; please sign in again."));
        }
        var failed = parameters.containsKey("error");
        if (failed && databaseWasUnavailable()) {
            // Spring Security reports any failed sign-in as ?error; "wrong password" would be untrue here.
            var i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle(DatabaseUnavailable.TITLE);
            i18n.getErrorMessage().setMessage(DatabaseUnavailable.DETAIL);
            login.setI18n(i18n);
        }
        login.setError(failed);
    }

    /** Whether the last sign-in failed because the database was out of reach (Spring Security keeps it in the session). */
    private static boolean databaseWasUnavailable() {
        var session = VaadinSession.getCurrent();
        return session != null
                && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof Exception failure
                && DatabaseUnavailable.isCause(failure);
    }
}
