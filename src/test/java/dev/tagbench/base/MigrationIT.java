package dev.tagbench.base;

import static dev.tagbench.base.Migrations.flyway;
import static dev.tagbench.base.Migrations.freshDatabase;
import static dev.tagbench.base.Migrations.insertSample;
import static dev.tagbench.base.Migrations.major;
import static dev.tagbench.base.Migrations.versionBefore;
import static dev.tagbench.base.Migrations.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every migration applies to an empty database, and to a database left at each earlier version
 * with data in it: upgrades never fail on existing rows and never lose them.
 */
class MigrationIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("tagbench-migrations"))
                .setCleanDataDirectory(true)
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void all_migrations_apply_to_an_empty_database() throws Exception {
        var database = freshDatabase(postgres, "empty_db");
        var result = flyway(database, null).migrate();
        assertThat(result.success).isTrue();
        assertThat(flyway(database, null).info().pending()).isEmpty();
        assertThat(versions()).contains(result.targetSchemaVersion);
    }

    @Test
    void upgrading_from_every_earlier_version_keeps_the_data() throws Exception {
        for (var start : versions()) {
            var database = freshDatabase(postgres, "from_v" + start.replace(".", "_"));
            flyway(database, start).migrate();
            try (var connection = database.getConnection()) {
                insertSample(connection, major(start));
            }
            var result = flyway(database, null).migrate();
            assertThat(result.success).as("upgrade from V" + start).isTrue();
            try (var connection = database.getConnection();
                    var statement = connection.createStatement()) {
                var rows = statement.executeQuery("""
                        select s.text, s.clean_text, a.labels, a.version, h.labels_after, ar.state
                        from sentence s join annotation a on a.sentence_id = s.id
                        join annotation_history h on h.sentence_id = s.id join article ar on ar.id = s.article_id""");
                assertThat(rows.next())
                        .as("data survives the upgrade from V" + start)
                        .isTrue();
                assertThat(rows.getString(1)).isEqualTo("Troops  moved.");
                assertThat(rows.getString(2)).isEqualTo("Troops moved.");
                assertThat(rows.getString(3)).isEqualTo("{troop_claim}");
                assertThat(rows.getInt(4)).isEqualTo(1);
                assertThat(rows.getString(5)).isEqualTo("{troop_claim}");
                assertThat(rows.getString(6)).isEqualTo("NEW");
            }
        }
    }

    @Test
    void project_setup_keeps_each_projects_current_scheme_and_lets_a_save_swap_hotkeys() throws Exception {
        var database = freshDatabase(postgres, "project_setup");
        var before = versionBefore("project_setup");
        flyway(database, before).migrate();
        try (var connection = database.getConnection()) {
            insertSample(connection, major(before));
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        insert into label (project_id, key, name, color, hotkey, position)
                        select id, 'pledge', 'Pledge', '#2f7d32', '1', 1 from project""");
            }
        }
        flyway(database, null).migrate();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            var scheme = statement.executeQuery("""
                    select v.schema_version, v.labels, v.guidelines, p.guidelines, p.archived_at
                    from project_schema_version v join project p on p.id = v.project_id""");
            assertThat(scheme.next()).isTrue();
            assertThat(scheme.getInt(1)).isEqualTo(1);
            assertThat(scheme.getString(2))
                    .isEqualTo("[{\"key\": \"troop_claim\", \"name\": \"Troop claim\", \"color\": \"#1565c0\", "
                            + "\"hotkey\": \"3\", \"description\": \"\"}, {\"key\": \"pledge\", \"name\": \"Pledge\", "
                            + "\"color\": \"#2f7d32\", \"hotkey\": \"1\", \"description\": \"\"}]");
            assertThat(scheme.getString(3)).isEmpty();
            assertThat(scheme.getString(4)).isEmpty();
            assertThat(scheme.getObject(5)).isNull();
            assertThat(scheme.next()).isFalse();

            // Two labels trade places and hotkeys within one transaction: checked at commit only.
            connection.setAutoCommit(false);
            statement.execute("update label set position = 1, hotkey = '1' where key = 'troop_claim'");
            statement.execute("update label set position = 0, hotkey = '3' where key = 'pledge'");
            connection.commit();
            statement.execute("update label set hotkey = '3' where key = 'troop_claim'");
            assertThatThrownBy(connection::commit).hasMessageContaining("label_project_id_hotkey_key");
            connection.rollback();

            statement.execute("""
                    insert into annotation_history (sentence_id, user_id, changed_by, labels_before, labels_after, source)
                    select s.id, u.id, u.id, '{troop_claim}', '{}', 'SCHEMA' from sentence s, app_user u""");
            connection.commit();
        }
    }

    @Test
    void suggestions_migration_keeps_the_history_and_lets_it_record_accepted_suggestions() throws Exception {
        var before = versions().stream()
                .filter(v -> major(v) < 10)
                .reduce((a, b) -> b)
                .orElseThrow();
        var database = freshDatabase(postgres, "suggestions_v10");
        flyway(database, before).migrate();
        try (var connection = database.getConnection()) {
            insertSample(connection, major(before));
        }
        assertThat(flyway(database, "10").migrate().success).isTrue();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            var old = statement.executeQuery("select source from annotation_history");
            assertThat(old.next()).isTrue();
            assertThat(old.getString(1)).isEqualTo("UI");
            statement.execute("insert into annotation_history (sentence_id, user_id, changed_by, labels_after, source) "
                    + "select s.id, u.id, u.id, '{troop_claim}', 'SUGGESTION' from sentence s, app_user u");
            assertThatThrownBy(() -> statement.execute(
                            "insert into annotation_history (sentence_id, user_id, changed_by, labels_after, source) "
                                    + "select s.id, u.id, u.id, '{troop_claim}', 'GUESS' from sentence s, app_user u"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("annotation_history_source_check");
            statement.execute("insert into suggestion_settings (project_id) select id from project");
            var defaults =
                    statement.executeQuery("select threshold, curators_see, active_learning from suggestion_settings");
            assertThat(defaults.next()).isTrue();
            assertThat(defaults.getBigDecimal(1)).isEqualByComparingTo("0.50");
            assertThat(defaults.getObject(2))
                    .as("curators_see: null means automatic")
                    .isNull();
            assertThat(defaults.getBoolean(3)).isFalse();
            assertThatThrownBy(
                            () -> statement.execute("insert into project_suggester (project_id, suggester_id, enabled) "
                                    + "select id, 'Bad Id', true from project"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(
                            () -> statement.execute("insert into sentence_embedding (model_version, text_hash, vector) "
                                    + "values ('m', decode('00', 'hex'), decode('00', 'hex'))"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void dataset_growth_migration_keeps_earlier_exports_and_gives_projects_a_language() throws Exception {
        var database = freshDatabase(postgres, "dataset_growth");
        var before = versionBefore("dataset_growth");
        flyway(database, before).migrate();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            insertSample(connection, major(before));
            statement.execute("""
                    insert into export_snapshot (project_id, format, split, seed, article_ids, sentences, sha256, bytes)
                    select p.id, 'jsonl', '80,10,10', 42, array[a.id], 1, repeat('a', 64), 10
                    from project p join article a on a.project_id = p.id""");
        }
        assertThat(flyway(database, "12.1").migrate().success).isTrue();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            var rows = statement.executeQuery("select p.language, e.options::text, e.growth, cardinality(e.article_ids)"
                    + " from project p join export_snapshot e on e.project_id = p.id");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("en");
            assertThat(rows.getString(2)).isEqualTo("{}");
            assertThat(rows.getString(3)).isNull();
            assertThat(rows.getInt(4)).isEqualTo(1);
            assertThatThrownBy(() -> statement.execute("update project set language = 'English'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("project_language_check");
            statement.execute("update project set language = 'pt-BR'");
            assertThatThrownBy(() -> statement.execute("insert into export_snapshot_article"
                            + " select id, article_ids[1], 'holdout', now() from export_snapshot"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void accounts_whose_usernames_differ_only_in_case_are_renamed_and_keep_their_work() throws Exception {
        var database = freshDatabase(postgres, "case_duplicates");
        flyway(database, versionBefore("usernames_unique_ignoring_case")).migrate();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("""
                    insert into app_user (username, password_hash, display_name)
                    values ('carol', '{noop}a', 'Carol'), ('Carol-3', '{noop}b', 'Other'), ('CAROL', '{noop}c', 'Shouting')""");
            statement.execute("insert into api_token (user_id, name, prefix, token_hash) "
                    + "select id, 't', 'tbk_abcd', repeat('0', 64) from app_user where username = 'CAROL'");
        }
        assertThat(flyway(database, null).migrate().success).isTrue();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            var rows = statement.executeQuery("select username, password_hash from app_user order by id");
            var names = new ArrayList<String>();
            while (rows.next()) {
                names.add(rows.getString(1) + " " + rows.getString(2));
            }
            assertThat(names)
                    .as("the oldest keeps its name; a later one is renamed past a name already taken")
                    .containsExactly("carol {noop}a", "Carol-3 {noop}b", "CAROL-3-2 {noop}c");
            var token =
                    statement.executeQuery("select u.username from api_token t join app_user u on u.id = t.user_id");
            assertThat(token.next()).isTrue();
            assertThat(token.getString(1)).isEqualTo("CAROL-3-2");
            assertThatThrownBy(() -> statement.execute(
                            "insert into app_user (username, password_hash, display_name) values ('CaRoL', 'x', 'x')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("app_user_username_lower_key");
        }
    }
}
