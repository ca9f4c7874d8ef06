package dev.tagbench.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/tagbench-*-exec.jar}) running as a separate JVM on an
 * embedded PostgreSQL data directory the caller owns, so tests can kill it, restart it on the same
 * data and look into the database. The child process is the JVM itself (no wrapper), so
 * {@link #kill()} is a SIGKILL of the application.
 */
public final class PackagedApp {

    /**
     * The JVM options docs/operations.md gives for production; every start of the packaged jar in the
     * tests uses them too, so the tests run the jar the way operators do.
     */
    public static final List<String> PRODUCTION_JVM_OPTIONS = List.of("-XX:+ExitOnOutOfMemoryError");

    private final Process process;
    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final long startedAt = System.nanoTime();
    private Duration startup = Duration.ZERO;

    private PackagedApp(Process process, Path dataDirectory, Path log, int port) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
    }

    /** The jar to run: {@code -Dtagbench.jar}, else the one {@code ./mvnw package} leaves in target/. */
    public static Path jar() {
        var configured = System.getProperty("tagbench.jar");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("tagbench-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No target/tagbench-*-exec.jar: run ./mvnw package -DskipTests first"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("No target/ folder: run ./mvnw package -DskipTests first", e);
        }
    }

    /**
     * Starts the jar with the production JVM options, the given admin password and extra JVM options;
     * returns once it is ready.
     */
    public static PackagedApp start(Path dataDirectory, Path log, String adminPassword, List<String> jvmOptions)
            throws IOException, InterruptedException {
        var jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run ./mvnw package -DskipTests first");
        }
        var port = freePort();
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(PRODUCTION_JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--tagbench.embedded-db.directory=" + dataDirectory.toAbsolutePath(),
                "--vaadin.devmode.usageStatistics.enabled=false"));
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TAGBENCH_ADMIN_PASSWORD", adminPassword);
        var app = new PackagedApp(builder.start(), dataDirectory, log, port);
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** From process start to a ready answer of the readiness probe (database included). */
    public Duration startupTime() {
        return startup;
    }

    public ProcessHandle jvm() {
        return process.toHandle();
    }

    /** SIGKILL of the application's JVM, nothing else: a server it started keeps running. */
    public void kill() throws InterruptedException {
        var command = process.info().command().orElse("");
        if (!command.endsWith("java") && !command.endsWith("java.exe")) {
            throw new IllegalStateException("Refusing to kill " + command + ": not the application's JVM");
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal shutdown (SIGTERM), which stops the embedded server too; SIGKILL after a minute. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The PostgreSQL server that holds the data directory now, read from its {@code postmaster.pid}. */
    public Optional<ProcessHandle> postgres() {
        return postgres(dataDirectory);
    }

    public static Optional<ProcessHandle> postgres(Path dataDirectory) {
        return pidFileLine(dataDirectory, 0)
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(handle ->
                        handle.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    /** SIGKILL of a PostgreSQL server and all its processes: what a power cut leaves, less the page cache. */
    public static void killPostgres(ProcessHandle postmaster) {
        var all = new ArrayList<ProcessHandle>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(handle -> handle.onExit().join());
    }

    /** Stops, after a test, a server that an app killed in it left behind (SIGTERM, then SIGKILL). */
    public static void stopLeftoverPostgres(Path dataDirectory) {
        postgres(dataDirectory).ifPresent(postmaster -> {
            postmaster.destroy();
            try {
                postmaster.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                killPostgres(postmaster);
            }
        });
    }

    /** A connection to the embedded database, as its superuser (the server trusts local connections). */
    public Connection database() throws SQLException {
        var port = pidFileLine(dataDirectory, 3).orElseThrow(() -> new IllegalStateException("No postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/tagbench?user=postgres");
    }

    private static Optional<String> pidFileLine(Path dataDirectory, int line) {
        try {
            var lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.size() > line ? Optional.of(lines.get(line).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    startup = Duration.ofNanos(System.nanoTime() - startedAt);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
