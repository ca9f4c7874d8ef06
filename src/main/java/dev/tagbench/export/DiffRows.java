package dev.tagbench.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows two recorded exports differ by, computed in PostgreSQL. Only articles whose split or
 * approval differ between the two are read at all; their rows (live, or archived once the approval
 * was withdrawn) are full-joined by sentence id. The database sorts and joins with its own memory
 * and disk, and the result streams from a cursor, so a diff of any size costs the server no heap.
 */
@Repository
class DiffRows {

    private static final String DIFF = """
            with ra as (select article_id, split, approved_at from export_snapshot_article where snapshot_id = :a),
                 rb as (select article_id, split, approved_at from export_snapshot_article where snapshot_id = :b),
                 touched as (
                     select coalesce(ra.article_id, rb.article_id) as article_id, ra.split as a_split,
                            ra.approved_at as a_at, rb.split as b_split, rb.approved_at as b_at
                     from ra full join rb on rb.article_id = ra.article_id
                     where ra.approved_at is distinct from rb.approved_at or ra.split is distinct from rb.split),
                 versions as (
                     select article_id, a_split as split, a_at as approved_at, 0 as side from touched
                     where a_at is not null
                     union all
                     select article_id, b_split, b_at, 1 from touched where b_at is not null),
                 versioned as (
                     select v.side, v.article_id, v.split, s.id as sentence_id, s.idx, s.clean_text as text,
                            array_to_string(f.labels, '|') as labels
                     from versions v
                     join article a on a.id = v.article_id and a.approved_at = v.approved_at
                     join sentence s on s.article_id = a.id
                     join final_label f on f.sentence_id = s.id
                     union all
                     select v.side, v.article_id, v.split, x.sentence_id, x.idx, x.text, x.labels
                     from versions v
                     join approval_archive x on x.article_id = v.article_id and x.approved_at = v.approved_at),
                 x as (select * from versioned where side = 0),
                 y as (select * from versioned where side = 1)
            select coalesce(y.sentence_id, x.sentence_id) as id, coalesce(y.article_id, x.article_id) as article_id,
                   case when x.sentence_id is null then 'added' when y.sentence_id is null then 'removed'
                        else 'changed' end as change,
                   x.idx, x.text, x.labels, x.split, y.idx, y.text, y.labels, y.split
            from x full join y on y.sentence_id = x.sentence_id
            where x.sentence_id is null or y.sentence_id is null
               or x.text <> y.text or x.labels <> y.labels or x.split <> y.split""";

    private static final String ORDER = "\norder by 2, coalesce(y.idx, x.idx), 1";

    private final JdbcClient jdbc;

    DiffRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DiffCounts counts(long from, long to) {
        var counts = new HashMap<String, Long>();
        jdbc.sql("select change, count(*) from (" + DIFF + ") d group by change")
                .param("a", from)
                .param("b", to)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return new DiffCounts(
                from,
                to,
                counts.getOrDefault(DiffRow.ADDED, 0L),
                counts.getOrDefault(DiffRow.REMOVED, 0L),
                counts.getOrDefault(DiffRow.CHANGED, 0L));
    }

    /** Every differing row, by article and sentence, streamed from a cursor. */
    Stream<DiffRow> stream(long from, long to) {
        return jdbc.sql(DIFF + ORDER).param("a", from).param("b", to).query((rs, row) -> row(rs)).stream();
    }

    /** A page of the differing rows, in the order {@link #stream} gives them. */
    List<DiffRow> page(long from, long to, int offset, int limit) {
        return jdbc.sql(DIFF + ORDER + "\nlimit :limit offset :offset")
                .param("a", from)
                .param("b", to)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> row(rs))
                .list();
    }

    private static DiffRow row(ResultSet rs) throws SQLException {
        return new DiffRow(rs.getLong(1), rs.getLong(2), rs.getString(3), side(rs, 4), side(rs, 8));
    }

    private static DiffRow.@Nullable Side side(ResultSet rs, int column) throws SQLException {
        var text = rs.getString(column + 1);
        if (text == null) {
            return null;
        }
        return new DiffRow.Side(
                rs.getInt(column), text, ApprovedSentences.keys(rs.getString(column + 2)), rs.getString(column + 3));
    }
}
