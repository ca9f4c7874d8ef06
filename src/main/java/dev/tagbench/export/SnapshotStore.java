package dev.tagbench.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recorded exports ({@code export_snapshot}) and, per export, the split and approval of each of its
 * articles ({@code export_snapshot_article}): what keeps splits stable as a dataset grows and what
 * two exports are compared by.
 */
@Repository
class SnapshotStore {

    private final JdbcClient jdbc;

    SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An export to record. */
    record NewSnapshot(
            long projectId,
            long userId,
            String format,
            String split,
            long seed,
            List<ExportedArticle> articles,
            long sentences,
            String countsJson,
            String optionsJson,
            @Nullable Growth growth,
            String sha256,
            long bytes) {}

    /** What is needed to export a snapshot again or to compare it. */
    record StoredSnapshot(
            long id,
            String format,
            String split,
            long seed,
            List<Long> articleIds,
            String sha256,
            long sentences,
            String countsJson,
            Instant createdAt,
            Map<String, String> options,
            @Nullable Growth growth) {}

    long record(NewSnapshot snapshot) {
        var ids = snapshot.articles().stream().map(ExportedArticle::articleId).toArray(Long[]::new);
        long id = jdbc.sql("""
                        insert into export_snapshot (project_id, created_by, format, split, seed, article_ids, sentences,
                                                     counts, options, growth, sha256, bytes)
                        values (:project, :user, :format, :split, :seed, :ids, :sentences, cast(:counts as jsonb),
                                cast(:options as jsonb), cast(:growth as jsonb), :sha, :bytes) returning id""")
                .param("project", snapshot.projectId())
                .param("user", snapshot.userId())
                .param("format", snapshot.format())
                .param("split", snapshot.split())
                .param("seed", snapshot.seed())
                .param("ids", ids)
                .param("sentences", snapshot.sentences())
                .param("counts", snapshot.countsJson())
                .param("options", snapshot.optionsJson())
                .param(
                        "growth",
                        snapshot.growth() == null ? null : snapshot.growth().json())
                .param("sha", snapshot.sha256())
                .param("bytes", snapshot.bytes())
                .query(Long.class)
                .single();
        insertRecords(id, snapshot.articles());
        return id;
    }

    /** One statement for any number of articles: the arrays are unnested by PostgreSQL. */
    void insertRecords(long snapshotId, List<ExportedArticle> articles) {
        jdbc.sql("""
                        insert into export_snapshot_article (snapshot_id, article_id, split, approved_at)
                        select :snapshot, x.id, x.split, x.approved_at
                        from unnest(cast(:ids as bigint[]), cast(:splits as text[]), cast(:approved as timestamptz[]))
                             as x(id, split, approved_at)
                        on conflict do nothing""")
                .param("snapshot", snapshotId)
                .param("ids", articles.stream().map(ExportedArticle::articleId).toArray(Long[]::new))
                .param("splits", articles.stream().map(ExportedArticle::split).toArray(String[]::new))
                .param(
                        "approved",
                        articles.stream()
                                .map(a -> Timestamp.from(a.approvedAt()))
                                .toArray(Timestamp[]::new))
                .update();
    }

    List<Snapshot> list(long projectId) {
        return jdbc.sql("""
                        select e.id, u.username, e.created_at, e.format, e.split, e.seed, e.sentences,
                               cardinality(e.article_ids), e.sha256, e.bytes, e.options::text, e.growth::text
                        from export_snapshot e left join app_user u on u.id = e.created_by
                        where e.project_id = :project order by e.id desc""")
                .param("project", projectId)
                .query((rs, row) -> new Snapshot(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getLong(10),
                        SnapshotJson.options(rs.getString(11)),
                        SnapshotJson.growth(rs.getString(12))))
                .list();
    }

    Optional<StoredSnapshot> find(long projectId, long snapshotId) {
        return jdbc.sql("""
                        select id, format, split, seed, article_ids, sha256, sentences, counts::text, created_at, options::text, growth::text
                        from export_snapshot where project_id = :project and id = :id""")
                .param("project", projectId)
                .param("id", snapshotId)
                .query((rs, row) -> stored(rs))
                .optional();
    }

    /** The latest export of the project with these split ratios and seed, if any. */
    Optional<StoredSnapshot> latest(long projectId, String split, long seed) {
        return jdbc.sql("""
                        select id, format, split, seed, article_ids, sha256, sentences, counts::text, created_at, options::text, growth::text
                        from export_snapshot where project_id = :project and split = :split and seed = :seed
                        order by id desc limit 1""")
                .param("project", projectId)
                .param("split", split)
                .param("seed", seed)
                .query((rs, row) -> stored(rs))
                .optional();
    }

    /** Exports with these settings whose articles are not recorded yet: those made before they were. */
    List<StoredSnapshot> unrecorded(long projectId, String split, long seed) {
        return jdbc.sql("""
                        select id, format, split, seed, article_ids, sha256, sentences, counts::text, created_at, options::text, growth::text
                        from export_snapshot e where project_id = :project and split = :split and seed = :seed
                          and cardinality(article_ids) > 0
                          and not exists (select 1 from export_snapshot_article r where r.snapshot_id = e.id)
                        order by id""")
                .param("project", projectId)
                .param("split", split)
                .param("seed", seed)
                .query((rs, row) -> stored(rs))
                .list();
    }

    boolean isRecorded(long snapshotId) {
        return jdbc.sql("select exists (select 1 from export_snapshot_article where snapshot_id = :id)")
                .param("id", snapshotId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The split each article had in the latest export of the project, with these ratios and seed, that
     * held it: an article keeps its split even through an export it missed (while back in review).
     */
    Map<Long, String> keptSplits(long projectId, String split, long seed) {
        var splits = new HashMap<Long, String>();
        jdbc.sql("""
                        select distinct on (r.article_id) r.article_id, r.split
                        from export_snapshot e join export_snapshot_article r on r.snapshot_id = e.id
                        where e.project_id = :project and e.split = :split and e.seed = :seed
                        order by r.article_id, e.id desc""")
                .param("project", projectId)
                .param("split", split)
                .param("seed", seed)
                .query(rs -> {
                    splits.put(rs.getLong(1), rs.getString(2));
                });
        return splits;
    }

    /** The recorded articles of an export, by article id. */
    Map<Long, ExportedArticle> records(long snapshotId) {
        var records = new LinkedHashMap<Long, ExportedArticle>();
        jdbc.sql("""
                        select article_id, split, approved_at from export_snapshot_article
                        where snapshot_id = :id order by article_id""").param("id", snapshotId).query(rs -> {
            records.put(
                    rs.getLong(1),
                    new ExportedArticle(
                            rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
        });
        return records;
    }

    /**
     * For each article, the approval in force when an export was made: the latest approval, live or
     * withdrawn since (archived), given before that time; the current one where none was.
     */
    Map<Long, Instant> approvalsAt(List<Long> articleIds, Instant at) {
        var approvals = new HashMap<Long, Instant>();
        jdbc.sql("""
                        select id, coalesce(max(approved_at) filter (where approved_at <= :at), max(current))
                        from (select a.id, a.approved_at, a.approved_at as current from article a
                              where a.id in (select unnest(cast(:ids as bigint[]))) and a.approved_at is not null
                              union all
                              select distinct x.article_id, x.approved_at, cast(null as timestamptz) from approval_archive x
                              where x.article_id in (select unnest(cast(:ids as bigint[])))) v
                        group by id""")
                .param("ids", articleIds.toArray(Long[]::new))
                .param("at", Timestamp.from(at))
                .query(rs -> {
                    var time = rs.getTimestamp(2);
                    if (time != null) {
                        approvals.put(rs.getLong(1), time.toInstant());
                    }
                });
        return approvals;
    }

    /** Deletes snapshots older than {@code age}, except the newest of each project; how many. */
    int deleteOlderThan(Duration age) {
        return jdbc.sql("""
                        delete from export_snapshot e
                        where e.created_at < now() - make_interval(secs => :seconds)
                          and e.id <> (select max(n.id) from export_snapshot n where n.project_id = e.project_id)""").param("seconds", age.toSeconds()).update();
    }

    private static StoredSnapshot stored(ResultSet rs) throws SQLException {
        return new StoredSnapshot(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                new ArrayList<>(Arrays.asList((Long[]) rs.getArray(5).getArray())),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                SnapshotJson.options(rs.getString(10)),
                SnapshotJson.growth(rs.getString(11)));
    }
}
