package dev.tagbench.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Reads export rows through {@code COPY … TO STDOUT} on the transaction's connection: PostgreSQL
 * streams the rows as CSV while Tagbench encodes them. Through a cursor each batch waits for the
 * other side (the server idles while Tagbench writes a batch, Tagbench while the server computes
 * the next), which cost twice the time of the query itself on a million rows; with COPY both work
 * at once. COPY takes no bind parameters, so queries given here hold only numbers and split names
 * that Tagbench itself wrote into them.
 */
@Repository
class CopyRows {

    /**
     * An export row's columns over a query with {@link ApprovedSentences#LIVE_ROWS}'s column names,
     * each as text: times as microseconds since the epoch, dates in ISO form.
     */
    private static final String COLUMNS = "q.id, q.article_id, q.title, q.idx, q.start_offset, q.end_offset,"
            + " q.clean_text, q.labels, q.names, q.curator_labels, q.reviewer,"
            + " (extract(epoch from q.approved_at) * 1000000)::bigint, q.schema_version,"
            + " to_char(q.published_on, 'YYYY-MM-DD')";

    /** Every value quoted, so an empty text ("") and a null (nothing) stay apart. */
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private final DataSource dataSource;

    CopyRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The rows of {@code query} (a select of {@code LIVE_ROWS}'s columns) in article and sentence
     * order. Close the stream: a COPY not read to its end is cancelled then.
     */
    Stream<ExportRow> rows(String query, String split) {
        var sql = "copy (select " + COLUMNS + " from (" + query + ") q order by q.article_id, q.idx)"
                + " to stdout (format csv, force_quote *)";
        var connection = DataSourceUtils.getConnection(dataSource);
        PGCopyInputStream copy;
        CSVParser parser;
        try {
            copy = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            // The driver's exception stays the cause: a lost server is still told apart from a bad query.
            throw new UncategorizedSQLException("Reading the export's rows", sql, e);
        }
        try {
            parser = CSVParser.parse(
                    new BufferedReader(new InputStreamReader(copy, StandardCharsets.UTF_8), 1 << 16), FORMAT);
        } catch (IOException e) {
            close(copy, connection);
            throw new UncheckedIOException(e);
        }
        return parser.stream().map(record -> row(record, split)).onClose(() -> close(parser, connection));
    }

    /** Closes what reads the COPY (cancelling it if it is not read to its end) and gives the connection back. */
    private void close(AutoCloseable reader, Connection connection) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    // Arrays travel as delimited text (usernames and label keys can hold neither tab nor '|').
    private static ExportRow row(CSVRecord record, String split) {
        var names = record.get(8);
        var annotators = new LinkedHashMap<String, List<String>>();
        if (names != null) {
            var curators = names.split("\t", -1);
            var curatorLabels = record.get(9).split("\t", -1);
            for (var i = 0; i < curators.length; i++) {
                annotators.put(curators[i], ApprovedSentences.keys(curatorLabels[i]));
            }
        }
        var approved = record.get(11);
        var published = record.get(13);
        return new ExportRow(
                Long.parseLong(record.get(0)),
                Long.parseLong(record.get(1)),
                record.get(2),
                published == null ? null : LocalDate.parse(published),
                Integer.parseInt(record.get(3)),
                Integer.parseInt(record.get(4)),
                Integer.parseInt(record.get(5)),
                record.get(6),
                ApprovedSentences.keys(record.get(7)),
                split,
                annotators,
                record.get(10),
                approved == null ? null : Instant.EPOCH.plus(Long.parseLong(approved), ChronoUnit.MICROS),
                Integer.parseInt(record.get(12)));
    }
}
