package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Usernames are unique ignoring case, in the service and in the database; sign-in ignores case. */
@TagbenchIntegrationTest
class UsernameCaseIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_account_whose_name_differs_only_in_case_is_refused_with_409() {
        var existing = data.user("carol");
        var admin = new ApiClient(port, "admin", "admin-password");
        var variant = existing.username().toUpperCase(Locale.ROOT);

        var response = admin.post(
                "/api/v1/users", "{\"username\": \"" + variant + "\", \"password\": \"a long enough password\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString())
                .contains("'" + variant + "' is taken", "'" + existing.username() + "' exists", "whatever their case");
        assertThatThrownBy(() -> users.create(data.admin(), "Admin", TestData.PASSWORD, "", true))
                .isInstanceOf(UsernameTakenException.class);
        assertThat(users.findByUsername(data.admin(), variant).isPresent()).isTrue();
    }

    @Test
    void the_database_refuses_a_second_spelling_too() {
        var existing = data.user("dora");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into app_user (username, password_hash, display_name)
                        values (:u, '{noop}x', 'Other spelling')""")
                        .param("u", existing.username().toUpperCase(Locale.ROOT))
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void sign_in_finds_the_account_whatever_the_case_typed() {
        var user = data.user("erin");
        var shouted = new ApiClient(port, user.username().toUpperCase(Locale.ROOT), TestData.PASSWORD);

        var tokens = shouted.post("/api/v1/tokens", "{\"name\": \"case\"}");

        assertThat(tokens.status()).isEqualTo(201);
        assertThat(users.findByUsername(data.admin(), user.username().toUpperCase(Locale.ROOT)))
                .hasValueSatisfying(found -> assertThat(found.username()).isEqualTo(user.username()));
        assertThat(new ApiClient(port, user.username().toUpperCase(Locale.ROOT), "wrong-password")
                        .get("/api/v1/projects")
                        .status())
                .isEqualTo(401);
    }
}
