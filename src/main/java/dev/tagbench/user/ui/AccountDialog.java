package dev.tagbench.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.AccountChanges;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserAccount;
import dev.tagbench.user.UserService;

/** An administrator edits one account: name, administrator role, access, and a new password. */
class AccountDialog extends Dialog {

    AccountDialog(UserService users, AppUser actor, UserAccount account, Runnable saved) {
        setHeaderTitle("User " + account.username());
        var displayName = new TextField("Name", account.displayName(), "");
        var admin = new Checkbox("Administrator", account.admin());
        var enabled = new Checkbox("May sign in", account.enabled());
        enabled.setHelperText("Disabled accounts keep their annotations; their sessions and tokens stop working.");
        var password = new PasswordField("New password");
        password.setHelperText("Leave empty to keep the current password.");
        // Your own password needs the current one, so it is changed under Profile.
        password.setVisible(account.id() != actor.id());
        var save = new Button("Save", click -> {
            try {
                users.update(
                        actor,
                        account.username(),
                        new AccountChanges(displayName.getValue(), admin.getValue(), enabled.getValue()));
                if (!password.isEmpty()) {
                    users.changePassword(actor, account.username(), null, password.getValue());
                }
                Notification.show("Saved " + account.username() + ".");
                close();
                saved.run();
            } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
                Notification.show(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(displayName, admin, enabled, password));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
