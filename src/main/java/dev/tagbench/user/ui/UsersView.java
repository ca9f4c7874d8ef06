package dev.tagbench.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.user.CurrentUser;
import dev.tagbench.user.UserAccount;
import dev.tagbench.user.UserService;
import dev.tagbench.user.UsernameTakenException;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators create accounts, change them, reset passwords and disable accounts of people who
 * left; managers then add accounts to projects under Members.
 */
@Route("admin/users")
@PageTitle("Users · Tagbench")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final CurrentUser currentUser;
    private final Grid<UserAccount> grid = new Grid<>();

    public UsersView(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
        grid.addColumn(UserAccount::username).setHeader("User").setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(user -> user.admin() ? "administrator" : "")
                .setHeader("")
                .setAutoWidth(true);
        grid.addColumn(user -> user.enabled() ? "" : "disabled").setHeader("").setAutoWidth(true);
        grid.addColumn(user -> user.singleSignOn() ? "single sign-on" : "")
                .setHeader("")
                .setAutoWidth(true);
        grid.addComponentColumn(user -> new Button(
                        "Edit", click -> new AccountDialog(users, currentUser.require(), user, this::refresh).open()))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var username = new TextField("Username");
        var displayName = new TextField("Name");
        var password = new PasswordField("Password");
        var admin = new Checkbox("Administrator");
        var create = new Button("Create user", click -> {
            try {
                users.create(
                        currentUser.require(),
                        username.getValue().strip(),
                        password.getValue(),
                        displayName.getValue(),
                        admin.getValue());
                Notification.show("Created " + username.getValue().strip() + ".");
                username.clear();
                displayName.clear();
                password.clear();
                admin.clear();
                refresh();
            } catch (UsernameTakenException e) {
                username.setErrorMessage(e.getMessage());
                username.setInvalid(true);
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> {
                    var field = error.field().equals("password") ? password : username;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                });
            } catch (ConflictException e) {
                Notification.show(e.getMessage());
            }
        });
        username.addValueChangeListener(change -> username.setInvalid(false));
        password.addValueChangeListener(change -> password.setInvalid(false));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(username, displayName, password, admin, create);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2("Users"), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.all(currentUser.require()));
    }
}
