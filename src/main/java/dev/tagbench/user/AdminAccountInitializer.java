package dev.tagbench.user;

import dev.tagbench.base.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} account on first start: with {@code TAGBENCH_ADMIN_PASSWORD} when set,
 * otherwise with a random password that is printed once. There is never a default password. When
 * several nodes start on an empty database at once, one of them creates it. Then it announces the
 * account ({@link AdministratorReady}), for what sets things up on start as the administrator.
 */
@Component
@Order(0)
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);
    static final String ADMIN = "admin";

    private final UserService users;
    private final ApplicationEventPublisher events;
    private final String configuredPassword;

    AdminAccountInitializer(
            UserService users,
            ApplicationEventPublisher events,
            @Value("${tagbench.admin-password:}") String configuredPassword) {
        this.users = users;
        this.events = events;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        var admin = users.findAccount(ADMIN).orElseGet(this::create);
        events.publishEvent(new AdministratorReady(admin));
    }

    private AppUser create() {
        var generated = configuredPassword.isBlank();
        var password = generated ? PasswordGenerator.generate() : configuredPassword;
        AppUser created;
        try {
            created = users.createAccount(ADMIN, password, "Administrator", true);
        } catch (ConflictException e) {
            // Several nodes started at once on an empty database, and another one was first.
            return users.findAccount(ADMIN).orElseThrow(() -> e);
        }
        if (generated) {
            log.warn(
                    "Created account 'admin' with password: {}  (shown only now; set TAGBENCH_ADMIN_PASSWORD to choose it)",
                    password);
        } else {
            log.info("Created account 'admin' with the password from TAGBENCH_ADMIN_PASSWORD");
        }
        return created;
    }
}
