package dev.tagbench.plugins.html;

import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code datePublished} from a page's JSON-LD blocks ({@code <script type="application/ld+json">}).
 * The blocks are written by hand or by plugins of every quality, so one that does not parse is
 * simply skipped.
 */
final class LinkedData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Real JSON-LD is shallow; the cap keeps a hostile block from costing more than a glance.
    private static final int MAX_DEPTH = 16;

    private LinkedData() {}

    /** The first {@code datePublished} string found, searching objects, arrays and {@code @graph}. */
    static @Nullable String datePublished(Document page) {
        for (var script : page.select("script[type=application/ld+json]")) {
            try {
                var found = find(JSON.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (JacksonException e) {
                // a broken block says nothing; try the next one
            }
        }
        return null;
    }

    private static @Nullable String find(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        var date = node.isObject() ? node.get("datePublished") : null;
        if (date != null && date.isString() && !date.asString().isBlank()) {
            return date.asString();
        }
        for (var child : node.values()) {
            var found = child.isContainer() ? find(child, depth + 1) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
