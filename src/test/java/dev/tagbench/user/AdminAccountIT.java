package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.TagbenchIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first start creates {@code admin} with the configured password, or a generated one printed
 * once: there is no default password. Runs against the shared database with its admin moved aside.
 */
@TagbenchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountIT {

    private static final Pattern LOGGED = Pattern.compile("Created account 'admin' with password: (\\S+)");

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void moveAdminAside() {
        jdbc.sql("update app_user set username = 'admin-kept' where username = 'admin'")
                .update();
    }

    @AfterEach
    void restoreAdmin() {
        jdbc.sql("delete from app_user where username = 'admin'").update();
        jdbc.sql("update app_user set username = 'admin' where username = 'admin-kept'")
                .update();
    }

    @Test
    void without_a_configured_password_a_random_one_is_generated_and_printed_once(CapturedOutput output) {
        new AdminAccountInitializer(users, event -> {}, "").run(null);

        var matcher = LOGGED.matcher(output.getOut());
        assertThat(matcher.find()).as("password printed").isTrue();
        var password = matcher.group(1);
        assertThat(password).hasSize(16).isNotEqualTo("admin").isNotEqualTo("admin-password");
        assertThat(encoder.matches(password, hash())).isTrue();

        jdbc.sql("delete from app_user where username = 'admin'").update();
        new AdminAccountInitializer(users, event -> {}, "").run(null);
        var second = LOGGED.matcher(output.getOut());
        second.find();
        assertThat(second.find()).isTrue();
        assertThat(second.group(1)).as("a new password each time").isNotEqualTo(password);
    }

    @Test
    void a_configured_password_is_used_and_never_printed(CapturedOutput output) {
        new AdminAccountInitializer(users, event -> {}, "chosen-by-operator").run(null);

        assertThat(encoder.matches("chosen-by-operator", hash())).isTrue();
        assertThat(output.getOut()).doesNotContain("chosen-by-operator");
        assertThat(users.findAccount("admin").orElseThrow().admin()).isTrue();
    }

    private String hash() {
        return jdbc.sql("select password_hash from app_user where username = 'admin'")
                .query(String.class)
                .single();
    }
}
