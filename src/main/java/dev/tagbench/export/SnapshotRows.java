package dev.tagbench.export;

import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of a recorded export as it was made: each article's exported approval, read live while it
 * is still the article's approval and from the archive once a manager withdrew it for a correction.
 * So an export downloaded again after a correction still holds what it held.
 */
@Repository
class SnapshotRows {

    /** The archived form of {@link ApprovedSentences#LIVE_ROWS}: the same columns in the same order. */
    private static final String ARCHIVED_ROWS = """
            select x.sentence_id, x.article_id, a.title, x.idx, x.start_offset, x.end_offset, x.text, x.labels,
                   x.curator_names, x.curator_labels, x.reviewer, x.approved_at, p.schema_version, a.published_on
            from export_snapshot_article e
            join approval_archive x on x.article_id = e.article_id and x.approved_at = e.approved_at
            join article a on a.id = e.article_id
            join project p on p.id = a.project_id
            """;

    private final JdbcClient jdbc;
    private final CopyRows copy;

    SnapshotRows(JdbcClient jdbc, CopyRows copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    /** One split of a recorded export in article and sentence order, streamed through COPY. */
    Stream<ExportRow> rows(long snapshotId, String split) {
        if (!DatasetDescription.SPLITS.contains(split)) {
            throw new IllegalArgumentException("No split " + split);
        }
        // COPY takes no parameters: the id is a number and the split one of the three names.
        var where = "\nwhere e.snapshot_id = " + snapshotId + " and e.split = '" + split + "'";
        return copy.rows(
                ApprovedSentences.LIVE_ROWS
                        + "\njoin export_snapshot_article e on e.article_id = a.id and e.approved_at = a.approved_at"
                        + where
                        + "\nunion all\n" + ARCHIVED_ROWS + where,
                split);
    }

    /**
     * Keeps the exported rows of an article's approval before it is withdrawn: sentence, final labels,
     * curators' labels and approver exactly as an export reads them. Nothing for an article that is
     * not approved; an approval already archived stays as it was.
     */
    void archive(long articleId) {
        jdbc.sql("insert into approval_archive (article_id, approved_at, sentence_id, idx, start_offset, end_offset,"
                        + " text, labels, curator_names, curator_labels, reviewer)"
                        + "\nselect q.article_id, q.approved_at, q.id, q.idx, q.start_offset, q.end_offset, q.clean_text,"
                        + " q.labels, q.names, q.curator_labels, q.reviewer from ("
                        + ApprovedSentences.LIVE_ROWS
                        + "\nwhere s.article_id = :article and a.state = 'APPROVED') q"
                        + "\non conflict do nothing")
                .param("article", articleId)
                .update();
    }
}
