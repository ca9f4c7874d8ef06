package dev.tagbench.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/** The migrations of db/migration as {@link MigrationIT} reads and applies them, and the data it upgrades. */
final class Migrations {

    private static final Pattern FILE = Pattern.compile("V(\\d+(?:_\\d+)?)__(.*)\\.sql");

    private Migrations() {}

    /** Rows as the schema of that version allows them, through plain SQL like an older release wrote them. */
    static void insertSample(Connection connection, int version) throws SQLException {
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

    /** The version just before the migration with this description, wherever it is numbered. */
    static String versionBefore(String description) {
        var all = versions();
        var index = all.indexOf(MIGRATIONS.entrySet().stream()
                .filter(migration -> migration.getValue().equals(description))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No migration " + description)));
        return all.get(index - 1);
    }

    /** Version ("8.1" for {@code V8_1__…}) → description, in Flyway's order. */
    private static final SortedMap<String, String> MIGRATIONS = migrations();

    private static SortedMap<String, String> migrations() {
        var migrations = new TreeMap<String, String>(Comparator.comparing(MigrationVersion::fromVersion));
        try (var files = Files.list(Path.of("db", "migration"))) {
            files.map(path -> FILE.matcher(path.getFileName().toString()))
                    .filter(Matcher::matches)
                    .forEach(file -> migrations.put(file.group(1).replace('_', '.'), file.group(2)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return migrations;
    }

    static List<String> versions() {
        return List.copyOf(MIGRATIONS.keySet());
    }

    /** The whole number of a version, as the sample data of each release knows it: 8 for 8.1. */
    static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }

    static Flyway flyway(DataSource database, @Nullable String target) {
        var configuration = Flyway.configure().dataSource(database).locations("filesystem:db/migration");
        if (target != null) {
            configuration.target(MigrationVersion.fromVersion(target));
        }
        return configuration.load();
    }

    static DataSource freshDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }
}
