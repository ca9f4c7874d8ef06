package dev.tagbench.extension;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.ApiClient;
import dev.tagbench.support.PackagedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The example plugin in {@code examples/rss-importer} as a third party would ship it: compiled
 * against Tagbench, packed as a jar, dropped into {@code plugins/} next to the packaged application,
 * and found, listed and used without rebuilding Tagbench.
 */
class PluginJarIT {

    private static final Path EXAMPLE = Path.of("examples", "rss-importer");
    private static final Path WORK = Path.of("target", "plugin-it");
    private Process app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void a_jar_in_plugins_is_listed_and_imports_feeds() throws Exception {
        var jar = buildExamplePlugin();
        var port = freePort();
        app = startApp(port);
        var admin = new ApiClient(port, "admin", "plugin-test-admin");
        waitUntilUp(admin);

        var plugins = admin.get("/api/v1/plugins").json();
        assertThat(plugins).anySatisfy(plugin -> {
            assertThat(plugin.get("id").asString()).isEqualTo("rss");
            assertThat(plugin.get("extensionPoint").asString()).isEqualTo("ArticleImporter");
            assertThat(plugin.get("version").asString()).isEqualTo("1.0.0");
            assertThat(plugin.get("enabled").asBoolean()).isTrue();
        });

        var project = admin.post("/api/v1/projects", "{\"name\": \"Feeds\"}")
                .json()
                .get("id")
                .asLong();
        var feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example Wire</title>
                <item><title>Aid pledged for the winter months</title><link>https://news.example/aid</link>
                <pubDate>Sun, 07 Jan 2024 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;Japan pledged new aid. It will arrive soon.&lt;/p&gt;</description></item>
                <item><title>Drones hit the port overnight</title><link>javascript:alert(1)</link>
                <description>A drone attack hit the port overnight.</description></item>
                </channel></rss>""";
        var result = admin.upload(
                        "/api/v1/projects/" + project + "/articles",
                        Map.of("wire.rss", feed.getBytes(StandardCharsets.UTF_8)))
                .json();
        assertThat(result.get("errors")).isEmpty();
        assertThat(result.get("imported"))
                .extracting(a ->
                        a.get("title").asString() + " / " + a.get("sentences").asInt())
                .containsExactly("Aid pledged for the winter months / 2", "Drones hit the port overnight / 1");
        var article = admin.get("/api/v1/articles/"
                        + result.get("imported").get(0).get("articleId").asLong())
                .json();
        assertThat(article.get("publishedOn").asString()).isEqualTo("2024-01-07");
        assertThat(article.get("source").asString()).isEqualTo("Example Wire");
        assertThat(Files.size(jar)).isPositive();
    }

    /** Compiles the example's sources against Tagbench's classes and packs them with a manifest. */
    private static Path buildExamplePlugin() throws IOException {
        var classes = WORK.resolve("classes");
        Files.createDirectories(classes);
        var sources = new ArrayList<String>();
        try (var files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            files.filter(path -> path.toString().endsWith(".java")).forEach(path -> sources.add(path.toString()));
        }
        var arguments = new ArrayList<String>(
                List.of("--release", "21", "-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        arguments.addAll(sources);
        var exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
        assertThat(exit).as("the example plugin compiles").isZero();

        var jar = WORK.resolve("app/plugins/tagbench-rss-importer-1.0.0.jar");
        Files.createDirectories(jar.getParent());
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, "Tagbench RSS and Atom importer");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.0.0");
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (var root : List.of(classes, EXAMPLE.resolve("src/main/resources"))) {
                try (var files = Files.walk(root)) {
                    for (var file : files.filter(Files::isRegularFile).toList()) {
                        out.putNextEntry(
                                new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static Process startApp(int port) throws IOException {
        var appJar = Path.of(System.getProperty("tagbench.jar", "target/tagbench-0.1.0-SNAPSHOT-exec.jar"))
                .toAbsolutePath();
        assertThat(appJar)
                .as("the packaged application (built in the package phase)")
                .exists();
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(PackagedApp.PRODUCTION_JVM_OPTIONS);
        command.addAll(List.of(
                "-Xmx512m",
                "-jar",
                appJar.toString(),
                "--server.port=" + port,
                "--tagbench.embedded-db.directory=",
                "--vaadin.devmode.usageStatistics.enabled=false"));
        var builder = new ProcessBuilder(command)
                .directory(WORK.resolve("app").toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("app.log").toFile());
        builder.environment().put("TAGBENCH_ADMIN_PASSWORD", "plugin-test-admin");
        return builder.start();
    }

    private void waitUntilUp(ApiClient admin) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive())
                    .as("the application is running; see target/plugin-it/app.log")
                    .isTrue();
            try {
                if (admin.get("/api/v1/plugins").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Tagbench did not start within 120 s; see target/plugin-it/app.log");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
