package dev.tagbench.base;

import static dev.tagbench.base.Migrations.flyway;
import static dev.tagbench.base.Migrations.freshDatabase;
import static dev.tagbench.base.Migrations.insertSample;
import static dev.tagbench.base.Migrations.major;
import static dev.tagbench.base.Migrations.versionBefore;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The label keys of each sentence (V16), which search narrows a label filter with: filled from the
 * decisions already stored, kept by every later decision, and never losing a key to concurrent
 * writers.
 */
class LabelKeysMigrationIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("tagbench-label-keys"))
                .setCleanDataDirectory(true)
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void existing_decisions_fill_the_keys_and_later_ones_add_to_them() throws Exception {
        var database = upgraded("label_keys_kept");
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            assertThat(keys(connection)).as("a curator's label stored before").containsExactly("troop_claim");

            statement.execute("insert into final_label (sentence_id, labels) select id, '{pledge}' from sentence");
            assertThat(keys(connection)).containsExactly("pledge", "troop_claim");

            statement.execute("update annotation set labels = '{}'");
            assertThat(keys(connection))
                    .as("a key taken off stays: search checks the decisions themselves")
                    .containsExactly("pledge", "troop_claim");

            statement.execute("insert into app_user (username, password_hash, display_name)"
                    + " values ('second', '{noop}x', 'Second')");
            statement.execute("insert into annotation (sentence_id, user_id, labels) select s.id, u.id,"
                    + " '{pledge,attack_report}' from sentence s, app_user u where u.username = 'second'");
            assertThat(keys(connection)).containsExactly("attack_report", "pledge", "troop_claim");
        }
    }

    @Test
    void two_writers_adding_keys_at_once_both_keep_theirs() throws Exception {
        var database = upgraded("label_keys_concurrent");
        try (var setup = database.getConnection();
                var statement = setup.createStatement()) {
            statement.execute("insert into app_user (username, password_hash, display_name)"
                    + " values ('second', '{noop}x', 'Second')");
        }
        try (var first = database.getConnection();
                var second = database.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (var statement = first.createStatement()) {
                statement.execute("update annotation set labels = '{pledge}'");
            }
            var secondPid = pid(second);
            // The second writer's key is new too, so it must update the row the first one holds.
            var waiting = CompletableFuture.runAsync(() -> {
                try (var statement = second.createStatement()) {
                    statement.execute("insert into annotation (sentence_id, user_id, labels) select s.id, u.id,"
                            + " '{attack_report}' from sentence s, app_user u where u.username = 'second'");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitLockWait(database, secondPid);
            first.commit();
            waiting.get(30, TimeUnit.SECONDS);
            second.commit();
            assertThat(keys(first)).containsExactly("attack_report", "pledge", "troop_claim");
        }
    }

    private static DataSource upgraded(String name) throws Exception {
        var database = freshDatabase(postgres, name);
        var before = versionBefore("search_label_keys");
        flyway(database, before).migrate();
        try (var connection = database.getConnection()) {
            insertSample(connection, major(before));
        }
        flyway(database, null).migrate();
        return database;
    }

    private static List<String> keys(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var found = statement.executeQuery("select label_keys from sentence")) {
            assertThat(found.next()).isTrue();
            return List.of((String[]) found.getArray(1).getArray());
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var found = statement.executeQuery("select pg_backend_pid()")) {
            found.next();
            return found.getInt(1);
        }
    }

    /** Waits until the backend waits for a row lock: the state the test is about, not a guess at time. */
    private static void awaitLockWait(DataSource database, int pid) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (var connection = database.getConnection();
                var statement = connection.prepareStatement(
                        "select wait_event_type = 'Lock' from pg_stat_activity where pid = ?")) {
            statement.setInt(1, pid);
            while (System.nanoTime() < deadline) {
                try (var found = statement.executeQuery()) {
                    if (found.next() && found.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("The second writer never waited for the first one's lock.");
    }
}
