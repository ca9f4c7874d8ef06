package dev.tagbench.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.tagbench.support.TagbenchViewTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiToken;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.UserAccount;
import dev.tagbench.user.UserService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Users view disables accounts through its dialog; the Profile view changes the own password. */
@TagbenchViewTest
class AccountViewsIT extends SpringBrowserlessTest {

    private static final String PROFILE_USER = "profile-owner";

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void profileOwner() {
        if (!users.findByUsername(data.admin(), PROFILE_USER).isPresent()) {
            users.create(data.admin(), PROFILE_USER, TestData.PASSWORD, "", false);
        }
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_administrator_disables_an_account_from_the_users_view() {
        var leaver = data.user("view-leaver");
        navigate(UsersView.class);
        Grid<UserAccount> grid = $(Grid.class).single();
        var row = -1;
        for (var i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).username().equals(leaver.username())) {
                row = i;
            }
        }
        assertThat(row).as("listed").isNotNegative();
        test((Button) test(grid).getCellComponent(row, 5)).click();
        test($(Checkbox.class).withCaption("May sign in").single()).click();
        test($(Button.class).withText("Save").single()).click();

        assertThat(enabled(leaver.username())).isFalse();
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("disabled");
    }

    @Test
    @WithUserDetails("admin")
    void a_username_taken_in_another_case_is_marked_on_the_field() {
        var existing = data.user("view-case");
        navigate(UsersView.class);
        var username = $(TextField.class).withCaption("Username").single();
        test(username).setValue(existing.username().toUpperCase(Locale.ROOT));
        test($(PasswordField.class).withCaption("Password").single()).setValue("a long enough password");
        test($(Button.class).withText("Create user").single()).click();

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("'" + existing.username() + "' exists");
        assertThat(users.all(data.admin()))
                .filteredOn(account -> account.username().equalsIgnoreCase(existing.username()))
                .hasSize(1);
    }

    @Test
    @WithUserDetails(value = PROFILE_USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_user_changes_their_password_in_the_profile() {
        navigate(ProfileView.class);
        test($(PasswordField.class).withCaption("Current password").single()).setValue(TestData.PASSWORD);
        test($(PasswordField.class).withCaption("New password").single()).setValue("changed-in-profile");
        test($(PasswordField.class).withCaption("New password again").single()).setValue("changed-in-profile");
        test($(Button.class).withText("Change password").single()).click();

        var hash = jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", PROFILE_USER)
                .query(String.class)
                .single();
        assertThat(encoder.matches("changed-in-profile", hash)).isTrue();
        jdbc.sql("update app_user set password_hash = :h where username = :u")
                .param("h", encoder.encode(TestData.PASSWORD))
                .param("u", PROFILE_USER)
                .update();
    }

    private boolean enabled(String username) {
        return jdbc.sql("select enabled from app_user where username = :u")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    @Test
    @WithUserDetails(value = PROFILE_USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void token_times_show_in_the_users_language_to_the_minute() {
        var owner = users.findByUsername(data.admin(), PROFILE_USER).orElseThrow();
        tokens.create(owner, "times");
        navigate(ProfileView.class);
        Grid<ApiToken> grid = $(Grid.class).single();
        var created = test(grid).getCellText(0, 2);
        var expected = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale())
                .withZone(ZoneId.systemDefault())
                .format(test(grid).getRow(0).createdAt());
        assertThat(created).isEqualTo(expected).doesNotContainPattern(":\\d\\d:\\d\\d");
    }
}
