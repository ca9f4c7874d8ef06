package dev.tagbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import dev.tagbench.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI session's error handler: when an action fails because the database is out of reach, the
 * user reads what happened and what to do instead of an internal error. Every other failure goes
 * to Vaadin's default handling. The action's transaction was rolled back, so "not saved" is true.
 */
class DatabaseErrorHandler implements ErrorHandler {

    static final String MESSAGE =
            "The database is unavailable; your last change was not saved. Tagbench reconnects by itself: try again in a moment.";
    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorHandler.class);

    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
        if (!DatabaseUnavailable.isCause(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        log.warn(
                "Database unavailable during a UI action: {}",
                event.getThrowable().getMessage());
        var ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        if (ui != null) {
            var notification = new Notification(MESSAGE, 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.addClassName("database-unavailable");
            ui.add(notification);
            notification.open();
        }
    }
}
