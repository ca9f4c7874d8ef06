package dev.tagbench.export;

import dev.tagbench.export.SplitPlanner.ArticleStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of an export: approved sentences with their provenance, straight from the tables
 * of several features in one query each. Exports are the hot path for millions of rows, so this
 * reads with a server-side cursor instead of going through each feature's service.
 */
@Repository
class ApprovedSentences {

    private final JdbcClient jdbc;
    private final CopyRows copy;

    ApprovedSentences(JdbcClient jdbc, CopyRows copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    /** Every approved article of the project with its sentence and final-label counts, in one grouped pass. */
    List<ArticleStats> articles(long projectId) {
        var stats = new ArrayList<ArticleStats>();
        var current = new long[] {-1};
        var sentenceCount = new int[] {0};
        var counts = new TreeMap<String, Integer>();
        var approvedAt = new Instant[] {Instant.EPOCH};
        jdbc.sql("""
                        select a.id, a.sentence_count, a.approved_at, l.label, count(l.label)
                        from article a
                        left join sentence s on s.article_id = a.id
                        left join final_label f on f.sentence_id = s.id
                        left join lateral unnest(f.labels) as l(label) on true
                        where a.project_id = :project and a.state = 'APPROVED'
                        group by a.id, a.sentence_count, a.approved_at, l.label
                        order by a.id""").param("project", projectId).query(rs -> {
            var id = rs.getLong(1);
            if (id != current[0]) {
                if (current[0] >= 0) {
                    stats.add(new ArticleStats(current[0], sentenceCount[0], Map.copyOf(counts), approvedAt[0]));
                }
                current[0] = id;
                sentenceCount[0] = rs.getInt(2);
                approvedAt[0] = rs.getTimestamp(3).toInstant();
                counts.clear();
            }
            if (rs.getString(4) != null) {
                counts.put(rs.getString(4), rs.getInt(5));
            }
        });
        if (current[0] >= 0) {
            stats.add(new ArticleStats(current[0], sentenceCount[0], Map.copyOf(counts), approvedAt[0]));
        }
        return stats;
    }

    int curators(List<Long> articleIds) {
        // "in (select unnest(…))" lets PostgreSQL hash the ids; "= any(…)" would scan the array per row.
        return jdbc.sql("select count(distinct user_id) from assignment where status = 'SUBMITTED' "
                        + "and article_id in (select unnest(cast(:ids as bigint[])))")
                .param("ids", articleIds.toArray(Long[]::new))
                .query(Integer.class)
                .single();
    }

    /** Whether every one of these articles is an approved article of the project. */
    boolean allApprovedIn(long projectId, List<Long> articleIds) {
        return jdbc.sql("""
                        select count(*) = cardinality(cast(:ids as bigint[])) from article
                        where id = any(:ids) and project_id = :project and state = 'APPROVED'""")
                .param("ids", articleIds.toArray(Long[]::new))
                .param("project", projectId)
                .query(Boolean.class)
                .single();
    }

    /** The sentences of these articles in article and sentence order, streamed through COPY. */
    Stream<ExportRow> rows(List<Long> articleIds, String split) {
        var ids = articleIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return copy.rows(LIVE_ROWS + "\nwhere s.article_id = any('" + ids + "'::bigint[])", split);
    }

    /**
     * The export's row: a sentence with its article, final labels, the submitted curators' labels and
     * the approval, up to (not including) a {@code where}; other feature-local queries join onto it.
     */
    static final String LIVE_ROWS = """
            select s.id, s.article_id, a.title, s.idx, s.start_offset, s.end_offset, s.clean_text,
                   array_to_string(f.labels, '|') as labels, c.names, c.labels as curator_labels,
                   coalesce(r.username, a.metadata ->> 'dataset.reviewer') as reviewer, a.approved_at,
                   p.schema_version, a.published_on
            from sentence s
            join article a on a.id = s.article_id
            join project p on p.id = a.project_id
            join final_label f on f.sentence_id = s.id
            left join app_user r on r.id = a.approved_by
            left join lateral (
                select string_agg(u.username, E'\t' order by u.username) as names,
                       string_agg(array_to_string(an.labels, '|'), E'\t' order by u.username) as labels
                from annotation an
                join assignment g on g.article_id = s.article_id and g.user_id = an.user_id and g.status = 'SUBMITTED'
                join app_user u on u.id = an.user_id
                where an.sentence_id = s.id) c on true""";

    /** The query of {@link #rows} with its ids as a parameter, for benchmarks that time a raw COPY of it. */
    static final String SELECT = LIVE_ROWS + "\n" + "where s.article_id = any(:ids)";

    /** Label keys as the export's queries join them with '|' (keys never hold one). */
    static List<String> keys(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }
}
