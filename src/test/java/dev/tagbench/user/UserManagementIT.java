package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators change, disable and re-enable accounts and reset passwords; users change their own. */
@TagbenchIntegrationTest
class UserManagementIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void a_disabled_account_loses_password_and_token_access_until_enabled_again() throws Exception {
        var admin = new ApiClient(port, "admin", "admin-password");
        var leaver = data.user("leaver");
        var own = new ApiClient(port, leaver.username(), TestData.PASSWORD);
        var token = own.post("/api/v1/tokens", "{\"name\": \"script\"}")
                .json()
                .get("token")
                .asString();

        var disabled =
                admin.put("/api/v1/users/" + leaver.username(), "{\"enabled\": false, \"displayName\": \"Left\"}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(disabled.json().get("displayName").asString()).isEqualTo("Left");
        assertThat(own.get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(bearer(token).statusCode()).isEqualTo(401);
        assertThat(admin.get("/api/v1/users").body()).contains("\"username\":\"" + leaver.username() + "\"");

        assertThat(admin.put("/api/v1/users/" + leaver.username(), "{\"enabled\": true}")
                        .status())
                .isEqualTo(200);
        assertThat(own.get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(bearer(token).statusCode()).isEqualTo(200);
        var listed = admin.get("/api/v1/users").json();
        var row = listed.valueStream()
                .filter(u -> u.get("username").asString().equals(leaver.username()))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("displayName").asString()).isEqualTo("Left");
        assertThat(row.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void only_administrators_change_accounts_and_never_their_own_access() {
        var adminUser = data.admin();
        var admin = new ApiClient(port, "admin", "admin-password");
        var someone = data.user("someone");
        var plain = new ApiClient(port, data.user("plain").username(), TestData.PASSWORD);

        assertThat(plain.put("/api/v1/users/" + someone.username(), "{\"admin\": true}")
                        .status())
                .isEqualTo(403);
        assertThat(admin.put("/api/v1/users/" + adminUser.username(), "{\"enabled\": false}")
                        .status())
                .isEqualTo(409);
        assertThat(admin.put("/api/v1/users/" + adminUser.username(), "{\"admin\": false}")
                        .status())
                .isEqualTo(409);
        assertThat(admin.get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/users/nobody-" + System.nanoTime(), "{\"enabled\": false}")
                        .status())
                .isEqualTo(404);
        assertThat(admin.put("/api/v1/users/" + someone.username(), "{\"displayName\": \"  \"}")
                        .status())
                .isEqualTo(400);

        assertThat(admin.put("/api/v1/users/" + someone.username(), "{\"admin\": true}")
                        .status())
                .isEqualTo(200);
        var promoted = new ApiClient(port, someone.username(), TestData.PASSWORD);
        assertThat(promoted.get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void users_change_their_own_password_with_the_current_one_and_administrators_reset_any() {
        var admin = new ApiClient(port, "admin", "admin-password");
        var user = data.user("forgetter");
        var self = new ApiClient(port, user.username(), TestData.PASSWORD);
        var path = "/api/v1/users/" + user.username() + "/password";

        assertThat(self.put(path, "{\"currentPassword\": \"wrong-one\", \"password\": \"brand-new-pass\"}")
                        .status())
                .isEqualTo(400);
        assertThat(self.put(path, "{\"currentPassword\": \"" + TestData.PASSWORD + "\", \"password\": \"short\"}")
                        .status())
                .isEqualTo(400);
        assertThat(self.get("/api/v1/projects").status())
                .as("unchanged after refusals")
                .isEqualTo(200);
        assertThat(self.put(
                                path,
                                "{\"currentPassword\": \"" + TestData.PASSWORD
                                        + "\", \"password\": \"brand-new-pass\"}")
                        .status())
                .isEqualTo(204);
        assertThat(self.get("/api/v1/projects").status()).isEqualTo(401);
        var renewed = new ApiClient(port, user.username(), "brand-new-pass");
        assertThat(renewed.get("/api/v1/projects").status()).isEqualTo(200);

        var other = data.user("bystander");
        assertThat(renewed.put("/api/v1/users/" + other.username() + "/password", "{\"password\": \"taken-over-pass\"}")
                        .status())
                .isEqualTo(403);
        assertThat(new ApiClient(port, other.username(), TestData.PASSWORD)
                        .get("/api/v1/projects")
                        .status())
                .isEqualTo(200);

        assertThat(admin.put(path, "{\"password\": \"reset-by-admin\"}").status())
                .isEqualTo(204);
        assertThat(renewed.get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(new ApiClient(port, user.username(), "reset-by-admin")
                        .get("/api/v1/projects")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void guessing_the_current_password_counts_like_guessing_it_at_sign_in() throws Exception {
        var user = data.user("guessed");
        var token = new ApiClient(port, user.username(), TestData.PASSWORD)
                .post("/api/v1/tokens", "{\"name\": \"t\"}")
                .json()
                .get("token")
                .asString();
        var path = "/api/v1/users/" + user.username() + "/password";
        for (var i = 0; i < 5; i++) {
            assertThat(bearer(
                                    token,
                                    "PUT",
                                    path,
                                    "{\"currentPassword\": \"guess-" + i + "\", \"password\": \"new-password-1\"}")
                            .statusCode())
                    .isEqualTo(400);
        }
        var locked = bearer(
                token,
                "PUT",
                path,
                "{\"currentPassword\": \"" + TestData.PASSWORD + "\", \"password\": \"new-password-1\"}");
        assertThat(locked.statusCode()).isEqualTo(400);
        assertThat(locked.body()).contains("Too many wrong passwords");
        assertThat(new ApiClient(port, user.username(), TestData.PASSWORD)
                        .get("/api/v1/projects")
                        .status())
                .as("sign-in locked too")
                .isEqualTo(401);
    }

    @Test
    void two_administrators_taking_each_others_rights_at_once_leave_one_of_them() throws Exception {
        var admin = new ApiClient(port, "admin", "admin-password");
        for (var round = 0; round < 4; round++) {
            var x = data.user("admin-x");
            var y = data.user("admin-y");
            admin.put("/api/v1/users/" + x.username(), "{\"admin\": true}");
            admin.put("/api/v1/users/" + y.username(), "{\"admin\": true}");
            var tokenX = token(x.username());
            var tokenY = token(y.username());
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                var a = pool.submit(() -> bearer(tokenX, "PUT", "/api/v1/users/" + y.username(), "{\"admin\": false}"));
                var b = pool.submit(() -> bearer(tokenY, "PUT", "/api/v1/users/" + x.username(), "{\"admin\": false}"));
                assertThat(List.of(a.get().statusCode(), b.get().statusCode())).contains(200);
            }
            var admins = admin.get("/api/v1/users")
                    .json()
                    .valueStream()
                    .filter(u -> u.get("admin").asBoolean())
                    .map(u -> u.get("username").asString())
                    .filter(name -> name.equals(x.username()) || name.equals(y.username()))
                    .toList();
            assertThat(admins).as("round %d", round).hasSize(1);
        }
    }

    private String token(String username) {
        return new ApiClient(port, username, TestData.PASSWORD)
                .post("/api/v1/tokens", "{\"name\": \"t\"}")
                .json()
                .get("token")
                .asString();
    }

    private HttpResponse<String> bearer(String token) throws Exception {
        return bearer(token, "GET", "/api/v1/projects", null);
    }

    private HttpResponse<String> bearer(String token, String method, String path, String json) throws Exception {
        var body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .method(method, body)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
