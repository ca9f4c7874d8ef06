package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong passwords lock a username for the client address they came from, and an address that tries
 * too many usernames altogether; nobody elsewhere is locked out. Clients are told apart by
 * {@code X-Forwarded-For}, which Tomcat trusts from the loopback proxy the tests connect from; each
 * test uses addresses of its own (documentation ranges), so the tests never lock each other out.
 */
@TagbenchIntegrationTest
class LoginThrottleIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String ADMIN_PASSWORD = "admin-password";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void five_wrong_passwords_lock_the_username_only_for_the_address_they_came_from() throws Exception {
        var victim = data.user("victim");
        var attacker = address();
        var elsewhere = address();
        for (var i = 0; i < 5; i++) {
            assertThat(status(victim.username(), "wrong-password", attacker)).isEqualTo(401);
        }
        assertThat(status(victim.username(), TestData.PASSWORD, attacker))
                .as("locked at the guessing address, even for the right password")
                .isEqualTo(401);
        assertThat(status(victim.username(), TestData.PASSWORD, elsewhere))
                .as("the victim elsewhere")
                .isEqualTo(200);

        jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where username = :u")
                .param("u", victim.username())
                .update();
        assertThat(status(victim.username(), TestData.PASSWORD, attacker)).isEqualTo(200);
        assertThat(count("login_throttle", victim.username(), attacker))
                .as("a sign-in clears its count")
                .isZero();
    }

    @Test
    void guessing_at_the_administrator_never_locks_the_administrator_out_elsewhere() throws Exception {
        var attacker = address();
        for (var i = 0; i < 6; i++) {
            assertThat(status("admin", "guess-" + i, attacker)).isEqualTo(401);
        }
        assertThat(status("admin", ADMIN_PASSWORD, attacker)).isEqualTo(401);
        assertThat(status("admin", ADMIN_PASSWORD, address())).isEqualTo(200);
        assertThat(status("admin", ADMIN_PASSWORD, null)).as("a direct client").isEqualTo(200);
    }

    @Test
    void a_username_in_other_cases_counts_as_the_same_username() throws Exception {
        var user = data.user("cases");
        var attacker = address();
        var name = user.username();
        for (var variant : new String[] {name, name.toUpperCase(), " " + name, capitalised(name), name + " "}) {
            assertThat(status(variant, "wrong-password", attacker)).isEqualTo(401);
        }
        assertThat(status(name, TestData.PASSWORD, attacker)).isEqualTo(401);
    }

    @Test
    void one_address_trying_many_usernames_is_locked_and_its_own_account_cannot_reset_that() throws Exception {
        var attacker = address();
        var own = data.user("sprayer");
        var bystander = data.user("bystander");
        for (var i = 0; i < 49; i++) {
            assertThat(status("sprayed-" + i, "Winter2026!", attacker)).isEqualTo(401);
        }
        assertThat(status(own.username(), TestData.PASSWORD, attacker))
                .as("below the address limit")
                .isEqualTo(200);
        assertThat(status("sprayed-49", "Winter2026!", attacker)).isEqualTo(401);

        assertThat(count("login_address_throttle", null, attacker)).isEqualTo(50);
        assertThat(status(own.username(), TestData.PASSWORD, attacker))
                .as("the address is locked, whatever account it signs in with")
                .isEqualTo(401);
        assertThat(status(bystander.username(), TestData.PASSWORD, address())).isEqualTo(200);
    }

    @Test
    void a_few_wrong_passwords_followed_by_the_right_one_reset_the_count() throws Exception {
        var user = data.user("forgetful");
        var client = address();
        for (var i = 0; i < 3; i++) {
            status(user.username(), "wrong-password", client);
        }
        assertThat(status(user.username(), TestData.PASSWORD, client)).isEqualTo(200);
        assertThat(count("login_throttle", user.username(), client)).isZero();
    }

    /** A fresh address from a documentation range (RFC 5737), unique within the run. */
    private static String address() {
        var n = ADDRESSES.incrementAndGet();
        assertThat(n).as("addresses left in 203.0.113.0/24").isLessThan(255);
        return "203.0.113." + n;
    }

    private int status(String username, String password, @Nullable String client)
            throws IOException, InterruptedException {
        var credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects"))
                .header("Authorization", "Basic " + credentials);
        if (client != null) {
            request.header("X-Forwarded-For", client);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private int count(String table, @Nullable String username, String client) {
        var rows = jdbc.sql("select coalesce(sum(failures), 0) from " + table + " where client = :client"
                        + (username == null ? "" : " and username = :u"))
                .param("client", client);
        if (username != null) {
            rows = rows.param("u", username.toLowerCase(Locale.ROOT));
        }
        return rows.query(Integer.class).single();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
