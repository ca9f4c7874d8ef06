package dev.tagbench.support;

import dev.tagbench.TagbenchApplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
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
