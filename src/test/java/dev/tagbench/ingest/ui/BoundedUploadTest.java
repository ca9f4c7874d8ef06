package dev.tagbench.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.streams.UploadEvent;
import dev.tagbench.ingest.ui.BoundedUpload.Outcome;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server holds the upload limit whatever the browser was told, and leaves no temporary file behind. */
class BoundedUploadTest {

    private static final int MAX = 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void a_file_within_the_limit_is_stored_in_one_temporary_file() throws IOException {
        var data = new byte[MAX];
        data[0] = 'x';

        var outcome = bounded().receive(data.length, () -> new ByteArrayInputStream(data));

        var file = ((Outcome.Received) outcome).file();
        assertThat(Files.readAllBytes(file)).isEqualTo(data);
        assertThat(entries()).containsExactly(file);
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_without_reading_or_storing() throws IOException {
        var outcome = bounded().receive(MAX + 1L, () -> {
            throw new AssertionError("the body must not be read");
        });

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) outcome).reason()).contains("larger than the 1 MB");
        assertThat(entries()).isEmpty();
    }

    @Test
    void a_body_that_turns_out_larger_stops_being_read_at_the_limit_and_is_deleted() throws IOException {
        var read = new AtomicLong();
        var endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                read.addAndGet(length);
                return length;
            }
        };

        var outcome = bounded().receive(-1, () -> endless);

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(read.get()).as("bytes read").isLessThanOrEqualTo(MAX + 64 * 1024);
        assertThat(entries()).isEmpty();
    }

    @Test
    void a_broken_upload_leaves_nothing_behind() throws IOException {
        var broken = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("connection reset");
                }
                return 'a';
            }
        };

        assertThatThrownBy(() -> bounded().receive(-1, () -> broken)).hasMessage("connection reset");
        assertThat(entries()).isEmpty();
    }

    @Test
    void a_file_the_receiver_fails_on_is_deleted() throws IOException {
        var failing = new BoundedUpload(
                MAX,
                directory,
                (event, file) -> {
                    throw new IllegalStateException("the view is gone");
                },
                (event, why) -> {});
        var event =
                new UploadEvent(null, null, null, "a.txt", 3, "text/plain", null, new BytesPart(new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> failing.handleUploadRequest(event)).hasMessage("the view is gone");
        assertThat(entries()).isEmpty();
    }

    @Test
    void the_refusal_is_reported_and_the_upload_rejected() throws IOException {
        var reasons = new ArrayList<String>();
        var handler = new BoundedUpload(MAX, directory, (event, file) -> {}, (event, why) -> reasons.add(why));
        var event = new UploadEvent(
                null, null, null, "big.zip", MAX + 1L, "application/zip", null, new BytesPart(new byte[0]));

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(reasons).singleElement().asString().contains("larger than");
        assertThat(entries()).isEmpty();
    }

    private BoundedUpload bounded() {
        return new BoundedUpload(MAX, directory, (event, file) -> {}, (event, why) -> {});
    }

    private List<Path> entries() throws IOException {
        try (var files = Files.list(directory)) {
            return files.toList();
        }
    }

    /** An uploaded part holding the given bytes. */
    private record BytesPart(byte[] bytes) implements Part {
        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public String getContentType() {
            return "application/octet-stream";
        }

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getSubmittedFileName() {
            return "upload";
        }

        @Override
        public long getSize() {
            return bytes.length;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
