package dev.tagbench.plugins.text;

import dev.tagbench.ingest.ArticleImporter;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ImportSink;
import dev.tagbench.ingest.ImportSource;
import dev.tagbench.ingest.ImportedArticle;
import dev.tagbench.ingest.Removal;
import dev.tagbench.ingest.TextDecoder;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Plain text (UTF-8, or what {@link TextDecoder} recognises), one article per file, optionally with the news-scrape header line
 * {@code " date 2024-11-16 <title>"}. The header gives the date and the title; when the header's
 * "title" is really the lead paragraph, its sentences stay content and the title is its first one.
 */
public class TextImporter implements ArticleImporter {

    public static final String ID = "text";
    private static final Pattern HEADER =
            Pattern.compile("\\A[\\h\\x{00A0}]*date[\\h]+(\\d{4}-\\d{2}-\\d{2})[\\h]+(\\S[^\\r\\n]*)");
    private static final Pattern SENTENCE_END_INSIDE = Pattern.compile("[.!?][\"”’)]?\\s+\\S");
    private static final int MAX_HEADLINE = 160;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Plain text (with optional date/title header)";
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        var name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text");
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws IOException {
        byte[] bytes;
        try (var in = source.open()) {
            bytes = in.readAllBytes();
        }
        sink.article(parse(TextDecoder.decode(bytes, sink)));
    }

    static ImportedArticle parse(String text) {
        if (text.isBlank()) {
            throw new ImportRejectedException(
                    text.isEmpty() ? "the file is empty" : "the file contains only whitespace");
        }
        var header = HEADER.matcher(text);
        if (!header.find()) {
            return ImportedArticle.ofText(text);
        }
        var date = parseDate(header.group(1));
        var rest = header.group(2).strip();
        var isLead = rest.length() > MAX_HEADLINE
                || SENTENCE_END_INSIDE.matcher(rest).find();
        if (!isLead) {
            var removal = new Removal(0, header.end(), Removal.Kind.STRUCTURE, "header: date and title");
            return new ImportedArticle(text, rest, date, null, null, Map.of(), List.of(removal));
        }
        var removal = new Removal(0, header.start(2), Removal.Kind.STRUCTURE, "header: date");
        return new ImportedArticle(text, firstSentence(rest), date, null, null, Map.of(), List.of(removal));
    }

    private static String firstSentence(String lead) {
        var end = SENTENCE_END_INSIDE.matcher(lead);
        return end.find() ? lead.substring(0, end.start() + 1) : lead;
    }

    private static @Nullable LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
