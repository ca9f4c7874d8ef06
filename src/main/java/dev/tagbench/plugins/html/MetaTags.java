package dev.tagbench.plugins.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The page's {@code <meta>} values by key. Open Graph uses {@code property}, most others {@code name},
 * microdata {@code itemprop}, and pages mix them up, so all three count and keys ignore case. The
 * first non-blank value of a key wins, as it does for crawlers.
 */
final class MetaTags {

    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document page) {
        for (var meta : page.select("meta[content]")) {
            var content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (var attribute : new String[] {"property", "name", "itemprop"}) {
                var key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    values.putIfAbsent(key, content);
                }
            }
        }
    }

    /** The value of the first of {@code keys} the page has. */
    @Nullable
    String get(String... keys) {
        for (var key : keys) {
            var value = values.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
