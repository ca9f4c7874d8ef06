package dev.tagbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a live PostgreSQL server of the data directory itself is ever stopped; stale or reused pids
 * are left alone. (Stopping a real leftover server is shown by {@code CrashRecoveryIT}.)
 */
class LeftoverPostgresTest {

    @TempDir
    Path data;

    @Test
    void a_directory_without_a_pid_file_has_no_leftover_server() throws Exception {
        assertThat(LeftoverPostgres.stop(data, Duration.ofSeconds(5))).isFalse();
    }

    @Test
    void a_pid_file_of_a_process_that_ended_is_left_to_postgres() throws Exception {
        var ended = new ProcessBuilder("true").start();
        ended.waitFor(10, TimeUnit.SECONDS);
        writePidFile(ended.pid(), data);

        assertThat(LeftoverPostgres.stop(data, Duration.ofSeconds(5))).isFalse();
        assertThat(data.resolve("postmaster.pid")).exists();
    }

    @Test
    void a_reused_pid_of_another_program_is_never_signalled() throws Exception {
        var other = new ProcessBuilder("sleep", "30").start();
        try {
            writePidFile(other.pid(), data);

            assertThat(LeftoverPostgres.stop(data, Duration.ofSeconds(5))).isFalse();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void a_garbled_pid_file_is_left_to_postgres() throws Exception {
        Files.writeString(data.resolve("postmaster.pid"), "not a pid\n");

        assertThat(LeftoverPostgres.find(data)).isEmpty();
    }

    private static void writePidFile(long pid, Path directory) throws Exception {
        Files.writeString(directory.resolve("postmaster.pid"), pid + "\n" + directory.toAbsolutePath() + "\n");
    }
}
