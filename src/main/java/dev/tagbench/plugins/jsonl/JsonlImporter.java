package dev.tagbench.plugins.jsonl;

import dev.tagbench.ingest.ArticleFields;
import dev.tagbench.ingest.ArticleImporter;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ImportSink;
import dev.tagbench.ingest.ImportSource;
import dev.tagbench.ingest.ImportedArticle;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, one article per object.
 * {@code text} is required; {@code title}, {@code date}, {@code source} and {@code url} fill the
 * article as {@link ArticleFields} reads them; {@code labels} (a list) are the labels of a labelled
 * dataset; every other field is kept as metadata, non-strings as compact JSON, null fields left out. A bad line is reported and skipped; a file that is not UTF-8 is refused as a whole.
 */
public class JsonlImporter implements ArticleImporter {

    /** The importer's stable id. */
    public static final String ID = "jsonl";

    /** Longer lines are reported as problems without being parsed; counted in characters. */
    static final int MAX_LINE_CHARS = 10 * 1024 * 1024;

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "JSON Lines";
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        var name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws IOException {
        long size;
        try (var in = source.open()) {
            size = Utf8Check.requireUtf8(in);
        }
        if (size == 0) {
            throw new ImportRejectedException("the file is empty");
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var anyContent = false;
        var lineNumber = 0;
        try (var lines = new LineReader(new InputStreamReader(source.open(), decoder), MAX_LINE_CHARS)) {
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                lineNumber = line.number();
                var text = line.text();
                if (text == null) {
                    anyContent = true;
                    sink.problem("line " + line.number(), "the line is longer than 10 MB");
                    continue;
                }
                if (line.number() == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    anyContent = true;
                    readLine(text, line.number(), sink);
                }
            }
        } catch (CharacterCodingException e) {
            // Only if the file changed since the check; the line is then approximate.
            throw new ImportRejectedException("line " + (lineNumber + 1) + " is not UTF-8 text");
        }
        if (!anyContent) {
            throw new ImportRejectedException("the file contains only blank lines");
        }
    }

    private void readLine(String line, int number, ImportSink sink) {
        var where = "line " + number;
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            sink.problem(where, JsonProblems.describe(e));
            return;
        }
        if (!node.isObject()) {
            sink.problem(where, "the line is " + JsonProblems.kind(node) + ", not a JSON object with a \"text\" field");
            return;
        }
        var text = node.get("text");
        if (text == null) {
            sink.problem(where, "the object has no \"text\" field");
        } else if (!text.isString()) {
            sink.problem(where, "the \"text\" field is " + JsonProblems.kind(text) + ", not a string");
        } else if (text.asString().isBlank()) {
            sink.problem(where, "the \"text\" field is empty");
        } else {
            var article = toArticle(node, text.asString());
            if (JsonProblems.hasNul(article)) {
                sink.problem(where, "the object contains a NUL character (\\u0000), which cannot be stored");
            } else {
                sink.article(article);
            }
        }
    }

    private ImportedArticle toArticle(JsonNode object, String text) {
        var fields = new ArticleFields();
        List<String> labels = null;
        for (var property : object.properties()) {
            var value = property.getValue();
            // A null field carries nothing: a dataset's "reviewer": null must not become a reviewer named "null".
            if (property.getKey().equals("text") || value.isNull()) {
                continue;
            }
            if (property.getKey().equals("labels") && value.isArray()) {
                // A labelled dataset (such as Tagbench's own JSONL export) brings its labels along.
                labels = new ArrayList<>();
                for (var label : value) {
                    labels.add(label.isString() ? label.asString() : json.writeValueAsString(label));
                }
                continue;
            }
            fields.add(property.getKey(), value.isString() ? value.asString() : json.writeValueAsString(value));
        }
        var article = fields.toArticle(text);
        return labels == null ? article : article.withLabels(labels);
    }
}
