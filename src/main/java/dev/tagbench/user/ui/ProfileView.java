package dev.tagbench.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.ApiToken;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.CurrentUser;
import dev.tagbench.user.UserService;
import jakarta.annotation.security.PermitAll;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The signed-in user's own account: change the password (for those who sign in with one), and
 * personal API tokens (created and shown once, with when each was last used, revocable), which are
 * how people who sign in through single sign-on use the REST API.
 */
@Route("profile")
@PageTitle("Profile · Tagbench")
@PermitAll
public class ProfileView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final CurrentUser currentUser;
    private final Grid<ApiToken> grid = new Grid<>();
    private ZoneId zone = ZoneId.systemDefault();
    private final TextField created = new TextField("Your new token (copy it now: it is shown only once)");

    public ProfileView(ApiTokenService tokens, CurrentUser currentUser, UserService users) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        var name = new TextField("Token name");
        name.setPlaceholder("e.g. nightly pre-annotation");
        var create = new Button("Create token", click -> {
            try {
                var token = tokens.create(currentUser.require(), name.getValue());
                created.setValue(token.token());
                created.setVisible(true);
                name.clear();
                refresh();
            } catch (InvalidInputException e) {
                Notification.show(e.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        created.setReadOnly(true);
        created.setWidth("40rem");
        created.setVisible(false);
        created.setId("new-token");
        grid.addColumn(ApiToken::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(token -> token.prefix() + "…").setHeader("Token").setAutoWidth(true);
        grid.addColumn(token -> time(token.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? "never" : time(token.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        // Times in the browser's time zone, once it has told it; until then the server's.
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
                refresh();
            } catch (DateTimeException e) {
                // An unknown zone name: keep the server's.
            }
        }));
        grid.addComponentColumn(token -> {
                    if (token.revokedAt() != null) {
                        return new Paragraph("revoked");
                    }
                    return new Button("Revoke", click -> {
                        try {
                            tokens.revoke(currentUser.require(), token.id());
                        } catch (NotFoundException e) {
                            Notification.show(e.getMessage());
                        }
                        refresh();
                    });
                })
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2("Profile"));
        if (users.signsInWithPassword(currentUser.require())) {
            add(new H3("Password"), passwordForm(users));
        }
        add(
                new H3("API tokens"),
                new Paragraph("Use a token instead of your password for the "
                        + "REST API: Authorization: Bearer <token>. Tokens act as you; revoke any you no longer need."),
                form,
                created,
                grid);
        refresh();
    }

    private HorizontalLayout passwordForm(UserService users) {
        var current = new PasswordField("Current password");
        var next = new PasswordField("New password");
        var repeat = new PasswordField("New password again");
        var change = new Button("Change password", click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                Notification.show("The new passwords differ; type the same one twice.");
                return;
            }
            try {
                var user = currentUser.require();
                users.changePassword(user, user.username(), current.getValue(), next.getValue());
                // A new password ends every session of the account, this one included.
                UI.getCurrent().getPage().setLocation("login?password-changed");
            } catch (InvalidInputException e) {
                Notification.show(e.getMessage());
            }
        });
        var form = new HorizontalLayout(current, next, repeat, change);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    /** "30 Nov 2026, 10:52" in the user's language, to the minute. */
    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone)
                .format(at);
    }

    private void refresh() {
        grid.setItems(tokens.list(currentUser.require()));
    }
}
