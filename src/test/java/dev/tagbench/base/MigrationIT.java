package dev.tagbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
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
        var database = freshDatabase("empty_db");
        var result = flyway(database, null).migrate();
        assertThat(result.success).isTrue();
        assertThat(flyway(database, null).info().pending()).isEmpty();
        assertThat(versions()).contains(result.targetSchemaVersion);
    }

    @Test
    void upgrading_from_every_earlier_version_keeps_the_data() throws Exception {
        for (var start : versions()) {
            var database = freshDatabase("from_v" + start);
            flyway(database, start).migrate();
            try (var connection = database.getConnection()) {
                insertSample(connection, Integer.parseInt(start));
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
    void suggestions_migration_keeps_the_history_and_lets_it_record_accepted_suggestions() throws Exception {
        var before = versions().stream()
                .filter(v -> Integer.parseInt(v) < 10)
                .reduce((a, b) -> b)
                .orElseThrow();
        var database = freshDatabase("suggestions_v10");
        flyway(database, before).migrate();
        try (var connection = database.getConnection()) {
            insertSample(connection, Integer.parseInt(before));
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
        var database = freshDatabase("growth_v11");
        flyway(database, "10").migrate();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            insertSample(connection, 10);
            statement.execute("""
                    insert into export_snapshot (project_id, format, split, seed, article_ids, sentences, sha256, bytes)
                    select p.id, 'jsonl', '80,10,10', 42, array[a.id], 1, repeat('a', 64), 10
                    from project p join article a on a.project_id = p.id""");
        }
        assertThat(flyway(database, "11").migrate().success).isTrue();
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

    /** Rows as the schema of that version allows them, through plain SQL like an older release wrote them. */
    private static void insertSample(Connection connection, int version) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(
                    "insert into app_user (username, password_hash, display_name) values ('old', '{noop}x', 'Old')");
            statement.execute("insert into project (name, segmenter_id) values ('Old project', 'icu-news')");
            statement.execute("""
                    insert into label (project_id, key, name, color, hotkey, position)
                    select id, 'troop_claim', 'Troop claim', '#1565c0', '3', 0 from project""");
            statement.execute("""
                    insert into article (project_id, title, original_text, content_hash, importer_id, segmenter_id,
                                         sentence_count)
                    select id, 'Old article', 'Troops  moved.', repeat('a', 64), 'text', 'icu-news', 1 from project""");
            statement.execute(
                    version >= 2
                            ? "insert into sentence (article_id, idx, start_offset, end_offset, text, clean_text) "
                                    + "select id, 0, 0, 14, 'Troops  moved.', 'Troops moved.' from article"
                            : "insert into sentence (article_id, idx, start_offset, end_offset, text) "
                                    + "select id, 0, 0, 14, 'Troops  moved.' from article");
            statement.execute("""
                    insert into annotation (sentence_id, user_id, labels)
                    select s.id, u.id, '{troop_claim}' from sentence s, app_user u""");
            statement.execute("""
                    insert into annotation_history (sentence_id, user_id, changed_by, labels_after, source)
                    select s.id, u.id, u.id, '{troop_claim}', 'UI' from sentence s, app_user u""");
        }
    }

    private static List<String> versions() {
        try (var files = Files.list(Path.of("db", "migration"))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Flyway flyway(DataSource database, String target) {
        var configuration = Flyway.configure().dataSource(database).locations("filesystem:db/migration");
        if (target != null) {
            configuration.target(MigrationVersion.fromVersion(target));
        }
        return configuration.load();
    }

    private static DataSource freshDatabase(String name) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }
}
