package dev.tagbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.tagbench.base.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's internal-error page when opening a view fails. A lost database gets
 * the outage message, a "Try again" button and 503; anything else a neutral message and 500, with
 * the details in the log only, since Vaadin's own page would show the root cause's text (SQL,
 * host names) to the user.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("server-error");
        var failure = parameter.getCaughtException();
        var path = event.getLocation().getPath();
        if (DatabaseUnavailable.isCause(failure)) {
            log.warn("Database unavailable while opening '{}': {}", path, failure.getMessage());
            add(
                    new H2(DatabaseUnavailable.TITLE),
                    new Paragraph(DatabaseUnavailable.DETAIL),
                    new Button(
                            "Try again",
                            click -> getUI().ifPresent(ui -> ui.getPage().reload())));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open '{}'", path, failure);
        add(
                new H2("Something went wrong"),
                new Paragraph("This page could not be opened. The error has been logged; try again later."));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
