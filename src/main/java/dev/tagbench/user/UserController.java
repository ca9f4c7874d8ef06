package dev.tagbench.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, managed by administrators. */
@Tag(name = "Users")
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserService users;
    private final CurrentUser currentUser;

    UserController(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Create an account")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", useReturnTypeSchema = true, description = "Created.")
    @ApiResponse(responseCode = "409", description = "The username is taken.")
    Created create(@RequestBody NewUser body) {
        var user = users.create(
                currentUser.require(),
                nonNull(body.username()),
                nonNull(body.password()),
                body.displayName() == null ? "" : body.displayName(),
                Boolean.TRUE.equals(body.admin()));
        return new Created(user.id(), user.username());
    }

    @Operation(summary = "List the accounts")
    @GetMapping
    List<UserAccount> list() {
        return users.all(currentUser.require());
    }

    @Operation(summary = "Change an account")
    @PutMapping("/{username}")
    UserAccount update(@PathVariable String username, @RequestBody AccountChanges changes) {
        return users.update(currentUser.require(), username, changes);
    }

    /** Own password with the current one, or anyone's by an administrator. */
    @Operation(summary = "Change a password")
    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@PathVariable String username, @RequestBody NewPassword body) {
        users.changePassword(currentUser.require(), username, body.currentPassword(), nonNull(body.password()));
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    record NewUser(
            @Nullable String username,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable Boolean admin) {}

    record Created(long id, String username) {}

    record NewPassword(
            @Nullable String currentPassword, @Nullable String password) {}
}
