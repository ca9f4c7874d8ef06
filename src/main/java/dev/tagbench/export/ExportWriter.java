package dev.tagbench.export;

import dev.tagbench.base.ForbiddenException;
import dev.tagbench.export.ExportService.ExportResult;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transaction behind {@link ExportService#write}: streams a planned dataset through its exporter,
 * hashing what it writes, and records the snapshot. A bean of its own so that the service can time
 * each export from outside its transaction, commit included.
 */
@Service
class ExportWriter {

    private static final Logger log = LoggerFactory.getLogger(ExportWriter.class);

    private final ApprovedSentences sentences;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ExportWriter(ApprovedSentences sentences, ApplicationEventPublisher events, JsonMapper json) {
        this.sentences = sentences;
        this.events = events;
        this.json = json;
    }

    @Transactional
    ExportResult write(ExportPlan plan, OutputStream out) throws IOException {
        if (!sentences.allApprovedIn(plan.project().id(), plan.articleIds())) {
            throw new ForbiddenException("The export names articles that are not approved articles of its project.");
        }
        var counting = new CountingOutputStream(out);
        var digest = new DigestOutputStream(counting, sha256());
        var streams = new ArrayList<Stream<ExportRow>>();
        try {
            plan.exporter().export(plan.description(), rows(plan, streams), digest);
            digest.flush();
        } finally {
            streams.forEach(Stream::close);
        }
        var sha = HexFormat.of().formatHex(digest.getMessageDigest().digest());
        var total = plan.description().sentences();
        if (plan.snapshotId() != null) {
            if (!sha.equals(plan.expectedSha256())) {
                log.warn(
                        "Export {} re-created with checksum {} instead of {}",
                        plan.snapshotId(),
                        sha,
                        plan.expectedSha256());
            }
            return new ExportResult(plan.snapshotId(), sha, counting.count, total);
        }
        var counts = new LinkedHashMap<String, Object>();
        counts.put("sentences", plan.description().sentencesPerSplit());
        counts.put("articles", plan.description().articlesPerSplit());
        var id = sentences.record(
                plan.project().id(),
                plan.actor().id(),
                plan.exporter().id(),
                plan.split(),
                plan.seed(),
                plan.articleIds(),
                total,
                json.writeValueAsString(counts),
                sha,
                counting.count);
        events.publishEvent(new ExportCreated(
                id,
                plan.project().id(),
                plan.exporter().id(),
                plan.split(),
                plan.seed(),
                total,
                plan.articleIds().size(),
                sha,
                plan.actor().username()));
        return new ExportResult(id, sha, counting.count, total);
    }

    /**
     * The rows of every split, one cursor after the other. Built by hand: an iterator over
     * {@code Stream.flatMap} would buffer each split's whole result in memory.
     */
    private Iterator<ExportRow> rows(ExportPlan plan, List<Stream<ExportRow>> opened) {
        var splits = DatasetDescription.SPLITS.iterator();
        return new Iterator<>() {
            private Iterator<ExportRow> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && splits.hasNext()) {
                    var split = splits.next();
                    var ids = plan.articlesBySplit().get(split);
                    if (!ids.isEmpty()) {
                        var stream = sentences.rows(ids, split);
                        opened.add(stream);
                        current = stream.iterator();
                    }
                }
                return current.hasNext();
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts bytes on their way to the client; never closes the client's stream. */
    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
