package dev.tagbench.support;

import dev.tagbench.TagbenchApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One Tagbench node: the whole application, started in this JVM on a random port against a
 * PostgreSQL the test owns, the way an operator starts it against an external database. Several
 * nodes may share one database.
 */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on {@code jdbcUrl}; {@code properties} add to or override the defaults below. */
    public static AppNode start(String jdbcUrl, Map<String, String> properties) {
        initialiseLoggingOnce();
        var settings = new LinkedHashMap<String, String>();
        settings.put("spring.datasource.url", jdbcUrl);
        settings.put("spring.datasource.username", "postgres");
        settings.put("server.port", "0");
        settings.put("tagbench.admin-password", "admin-password");
        settings.put("tagbench.demo", "false");
        // Scheduled jobs only when a test fires them.
        settings.put("tagbench.jobs.initial-delay", "PT1H");
        settings.put("vaadin.devmode.devTools.enabled", "false");
        settings.put("logging.level.org.atmosphere", "WARN");
        settings.putAll(properties);
        // Command-line arguments, so they win over application.properties, as environment variables would.
        var args = new ArrayList<String>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new AppNode(new SpringApplicationBuilder(TagbenchApplication.class).run(args.toArray(String[]::new)));
    }

    /**
     * Spring Boot's logging system is one per JVM (Logback's context is static), and
     * {@code LogbackLoggingSystem.initialize} checks whether it is initialised and then resets and
     * configures that shared context without a lock. Two nodes starting at once can both pass the
     * check; one then resets the context's properties while the other resolves them, and its start
     * fails ("Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'"). Initialised here first,
     * one thread at a time, every node finds logging initialised and leaves it alone, as a second
     * application in one JVM always does; when it already is, this does nothing.
     */
    private static synchronized void initialiseLoggingOnce() {
        var logging = LoggingSystem.get(AppNode.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Vaadin makes each application's security context strategy the JVM-wide one. Tests that start
     * nodes take the one before and put it back after, for the test context the JVM keeps cached.
     */
    public static SecurityContextHolderStrategy jvmSecurityContext() {
        return SecurityContextHolder.getContextHolderStrategy();
    }

    public static void restoreJvmSecurityContext(SecurityContextHolderStrategy strategy) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
