package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Repeated wrong passwords lock the username for a while; other accounts are unaffected. */
@TagbenchIntegrationTest
class LoginThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() {
        var victim = data.user("victim");
        var bystander = data.user("bystander");
        var wrong = new ApiClient(port, victim.username(), "wrong-password");
        for (var i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/projects").status()).isEqualTo(401);
        }
        var right = new ApiClient(port, victim.username(), TestData.PASSWORD);
        assertThat(right.get("/api/v1/projects").status()).isEqualTo(401);
        assertThat(new ApiClient(port, bystander.username(), TestData.PASSWORD)
                        .get("/api/v1/projects")
                        .status())
                .isEqualTo(200);

        jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where username = :u")
                .param("u", victim.username())
                .update();
        assertThat(right.get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from login_throttle where username = :u")
                        .param("u", victim.username())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_few_wrong_passwords_followed_by_the_right_one_reset_the_count() {
        var user = data.user("forgetful");
        var wrong = new ApiClient(port, user.username(), "wrong-password");
        for (var i = 0; i < 3; i++) {
            wrong.get("/api/v1/projects");
        }
        assertThat(new ApiClient(port, user.username(), TestData.PASSWORD)
                        .get("/api/v1/projects")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from login_throttle where username = :u")
                        .param("u", user.username())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
