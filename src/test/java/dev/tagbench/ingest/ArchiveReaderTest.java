package dev.tagbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ArchiveReaderTest {

    private static IngestProperties limits(long fileBytes, long expansionBytes, int entries) {
        return new IngestProperties(
                DataSize.ofBytes(fileBytes),
                DataSize.ofMegabytes(100),
                DataSize.ofBytes(expansionBytes),
                entries,
                100,
                "icu-news",
                5_000,
                2_000_000,
                100,
                DataSize.ofKilobytes(64));
    }

    @Test
    void stops_reading_when_the_archive_expands_beyond_its_total_limit() throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        for (var i = 0; i < 5; i++) {
            entries.put("file" + i + ".txt", "x".repeat(400).getBytes());
        }
        var read = new ArrayList<ArchiveReader.Entry>();
        var problems = new ArchiveReader(limits(1000, 1000, 100)).read(zip(entries), read::add);
        assertThat(read).hasSize(2);
        assertThat(problems).containsExactly("the archive expands beyond 0 MB; the rest was not read");
    }

    @Test
    void stops_after_the_maximum_number_of_entries() throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        for (var i = 0; i < 4; i++) {
            entries.put("f" + i + ".txt", "text".getBytes());
        }
        var read = new ArrayList<ArchiveReader.Entry>();
        var problems = new ArchiveReader(limits(1000, 100_000, 3)).read(zip(entries), read::add);
        assertThat(read).hasSize(3);
        assertThat(problems).containsExactly("the archive has more than 3 entries; the rest was not read");
    }

    @Test
    void an_entry_larger_than_the_file_limit_is_refused_without_reading_past_the_limit() throws IOException {
        var read = new ArrayList<ArchiveReader.Entry>();
        new ArchiveReader(limits(100, 100_000, 10)).read(zip(Map.of("big.txt", new byte[5000])), read::add);
        assertThat(read)
                .singleElement()
                .isInstanceOfSatisfying(
                        ArchiveReader.RefusedEntry.class,
                        refused -> assertThat(refused.reason()).startsWith("larger than the"));
    }

    @Test
    void a_huge_entry_hidden_in_an_ignored_file_stops_the_archive_instead_of_being_unpacked() throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("__MACOSX/._bomb", new byte[50_000]);
        entries.put("after.txt", "text".getBytes());
        var read = new ArrayList<ArchiveReader.Entry>();
        var problems = new ArchiveReader(limits(1000, 100_000, 10)).read(zip(entries), read::add);
        assertThat(problems)
                .containsExactly("an entry is larger than the limit, so the rest of the archive was not read");
        assertThat(read).extracting(ArchiveReader.Entry::name).doesNotContain("after.txt");
    }

    @Test
    void skips_folders_and_system_files_and_reports_damaged_archives() throws IOException {
        var read = new ArrayList<ArchiveReader.Entry>();
        var problems = new ArchiveReader(limits(1000, 100_000, 10))
                .read(
                        zip(Map.of(
                                "__MACOSX/._a.txt",
                                "x".getBytes(),
                                "dir/.DS_Store",
                                "x".getBytes(),
                                "dir/a.txt",
                                "a".getBytes())),
                        read::add);
        assertThat(read).extracting(ArchiveReader.Entry::name).containsExactly("dir/a.txt");
        assertThat(problems).isEmpty();
        var damaged = new ArchiveReader(limits(1000, 100_000, 10))
                .read(new ByteArrayInputStream("PK\u0003\u0004garbage".getBytes()), e -> {});
        assertThat(damaged).singleElement().satisfies(p -> assertThat(p).startsWith("the archive"));
    }

    private static ByteArrayInputStream zip(Map<String, byte[]> entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
