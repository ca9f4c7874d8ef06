package dev.tagbench.plugins.jsonl;

import dev.tagbench.ingest.ImportedArticle;
import dev.tagbench.ingest.ReportText;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/** Words for what is wrong with a line, for the person who made the file rather than for a parser. */
final class JsonProblems {

    private JsonProblems() {}

    static String describe(JacksonException e) {
        var original = String.valueOf(e.getOriginalMessage());
        var location = e.getLocation();
        var column = location == null || location.getColumnNr() < 1 ? "" : " near column " + location.getColumnNr();
        if (e instanceof StreamConstraintsException) {
            return "the line's JSON is nested too deeply or holds a value too large to read";
        }
        if (original.startsWith("Duplicate Object property")) {
            var name = original.replaceFirst("^Duplicate Object property \"(.*)\"$", "$1");
            return "the object has the field \"" + ReportText.quote(name) + "\" more than once";
        }
        if (original.contains("end-of-input")) {
            return "the line ends before its JSON is complete (a closing bracket or quote is missing)";
        }
        if (original.contains("Trailing token")) {
            return "the line has more after its JSON value" + column + " (one object per line)";
        }
        return "the line is not valid JSON" + (column.isEmpty() ? "" : " (the error is" + column + ")");
    }

    /** "an array", "a number", …: what a person would call the value. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> "not a plain JSON value";
        };
    }

    /** PostgreSQL cannot store U+0000 in text or JSON, so such an article would fail on saving. */
    static boolean hasNul(ImportedArticle article) {
        return Stream.concat(
                        Stream.of(article.text(), article.title(), article.source()),
                        Stream.concat(article.metadata().keySet().stream(), article.metadata().values().stream()))
                .anyMatch(value -> value != null && value.indexOf('\0') >= 0);
    }
}
