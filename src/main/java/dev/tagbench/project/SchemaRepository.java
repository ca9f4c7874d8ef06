package dev.tagbench.project;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** A project's scheme: its labels, its guidelines and the record of every version. */
@Repository
class SchemaRepository {

    /** First half of the advisory lock key that stands for "the scheme of project n". */
    private static final int SCHEMA_LOCK = 0x7462_0001;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SchemaRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Waits while the project's scheme is being changed and keeps it from changing until the
     * transaction ends. Many transactions may hold this at once; it is a separate statement, so
     * everything read after it sees the scheme of the last committed change.
     */
    void holdShared(long projectId) {
        jdbc.sql("select pg_advisory_xact_lock_shared(:space, cast(:project % 2147483647 as integer))")
                .param("space", SCHEMA_LOCK)
                .param("project", projectId)
                .query()
                .singleRow();
    }

    /** Waits until no label write of the project is under way and holds new ones off until the transaction ends. */
    void holdExclusive(long projectId) {
        jdbc.sql("select pg_advisory_xact_lock(:space, cast(:project % 2147483647 as integer))")
                .param("space", SCHEMA_LOCK)
                .param("project", projectId)
                .query()
                .singleRow();
    }

    /**
     * Counts one more version, if the stored one is the expected one (any, when null); locks the
     * project row until the transaction ends. Empty when another change came first.
     */
    Optional<Integer> nextVersion(long projectId, @Nullable Integer expected) {
        return jdbc.sql("""
                        update project set schema_version = schema_version + 1, version = version + 1
                        where id = :id and (cast(:expected as integer) is null or schema_version = :expected)
                        returning schema_version""")
                .param("id", projectId)
                .param("expected", expected)
                .query(Integer.class)
                .optional();
    }

    int currentVersion(long projectId) {
        return jdbc.sql("select schema_version from project where id = :id")
                .param("id", projectId)
                .query(Integer.class)
                .single();
    }

    /** Stores the labels in this order: keys not given are deleted, known keys updated, new keys added. */
    void writeLabels(long projectId, List<Label> labels) {
        var keys = labels.stream().map(Label::key).toArray(String[]::new);
        jdbc.sql("delete from label where project_id = :project and key <> all(:keys)")
                .param("project", projectId)
                .param("keys", keys)
                .update();
        var existing = new HashSet<>(jdbc.sql("select key from label where project_id = :project")
                .param("project", projectId)
                .query(String.class)
                .list());
        for (var position = 0; position < labels.size(); position++) {
            var label = labels.get(position);
            var sql = existing.contains(label.key()) ? """
                    update label set name = :name, color = :color, hotkey = :hotkey, description = :description,
                        position = :position
                    where project_id = :project and key = :key""" : """
                    insert into label (project_id, key, name, color, hotkey, description, position)
                    values (:project, :key, :name, :color, :hotkey, :description, :position)""";
            jdbc.sql(sql)
                    .param("project", projectId)
                    .param("key", label.key())
                    .param("name", label.name())
                    .param("color", label.color())
                    .param("hotkey", label.hotkey())
                    .param("description", label.description())
                    .param("position", position)
                    .update();
        }
    }

    void writeGuidelines(long projectId, String guidelines) {
        jdbc.sql("update project set guidelines = :guidelines where id = :id")
                .param("guidelines", guidelines)
                .param("id", projectId)
                .update();
    }

    /**
     * Records a version of the scheme as it is now stored, with the uses its change removed.
     *
     * @param removed per removed label its key and how many uses of each kind went: {@code {key, annotations, …}}
     */
    void record(long projectId, int version, long actorId, List<Map<String, Object>> removed) {
        jdbc.sql("""
                        insert into project_schema_version (project_id, schema_version, changed_by, labels, guidelines,
                                                            removed_uses)
                        select p.id, :version, :actor,
                               coalesce((select jsonb_agg(jsonb_build_object('key', l.key, 'name', l.name,
                                                 'color', l.color, 'hotkey', l.hotkey, 'description', l.description)
                                                 order by l.position)
                                         from label l where l.project_id = p.id), '[]'::jsonb),
                               p.guidelines, cast(:removed as jsonb)
                        from project p where p.id = :project""")
                .param("project", projectId)
                .param("version", version)
                .param("actor", actorId)
                .param("removed", json.writeValueAsString(removed))
                .update();
    }
}
