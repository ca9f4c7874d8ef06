package dev.tagbench.plugins.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The article's title: {@code og:title}, else {@code <title>}, else the first {@code <h1>}, with a
 * trailing site name (" | BBC News", " - Reuters") taken off.
 *
 * @param text    the title
 * @param raw     the title as the page wrote it, site name included
 * @param heading the {@code <h1>} the title came from, if it did
 */
record PageTitle(String text, String raw, @Nullable Element heading) {

    private static final List<String> SEPARATORS = List.of(" | ", " :: ", " - ", " – ", " — ", " · ");
    // Headlines use dashes but hardly ever pipes, so after a pipe any short phrase is a site name.
    private static final List<String> SITE_SEPARATORS = List.of(" | ", " :: ");
    private static final Pattern DOMAIN = Pattern.compile("[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** What is left of a title must still read as one; "Live | BBC" keeps its site name. */
    private static final int MIN_TITLE_WORDS = 4;

    private static final int MAX_SITE_NAME_WORDS = 4;

    static @Nullable PageTitle of(Document page, MetaTags meta, @Nullable String siteName) {
        var openGraph = meta.get("og:title");
        if (openGraph != null && !collapse(openGraph).isEmpty()) {
            return of(collapse(openGraph), siteName, null);
        }
        if (!collapse(page.title()).isEmpty()) {
            return of(collapse(page.title()), siteName, null);
        }
        for (var heading : page.select("h1")) {
            if (!collapse(heading.text()).isEmpty()) {
                return of(collapse(heading.text()), siteName, heading);
            }
        }
        return null;
    }

    private static PageTitle of(String raw, @Nullable String siteName, @Nullable Element heading) {
        return new PageTitle(withoutSiteName(raw, siteName), raw, heading);
    }

    /** Whether {@code element} repeats this title, so it need not appear again in the text. */
    boolean isRepeatedBy(Element element) {
        var text = collapse(element.text());
        return element == heading || text.equalsIgnoreCase(this.text) || text.equalsIgnoreCase(raw);
    }

    /**
     * Takes trailing site names off, one at a time ("Story | World | BBC News"), while what remains
     * is a title of at least four words and the part taken off is the page's site name or a short
     * phrase that reads as one: anything after a pipe, capitalised words or a domain after a dash.
     * "Prices rise sharply in March - markets react" stays whole.
     */
    static String withoutSiteName(String title, @Nullable String siteName) {
        var current = title;
        while (true) {
            var cut = -1;
            var separator = "";
            for (var candidate : SEPARATORS) {
                var at = current.lastIndexOf(candidate);
                if (at > cut) {
                    cut = at;
                    separator = candidate;
                }
            }
            if (cut < 0) {
                return current;
            }
            var rest = current.substring(0, cut).strip();
            var suffix = current.substring(cut + separator.length()).strip();
            var isSiteName = siteName != null && suffix.equalsIgnoreCase(collapse(siteName))
                    || words(suffix) <= MAX_SITE_NAME_WORDS
                            && (SITE_SEPARATORS.contains(separator) || looksLikeName(suffix));
            if (!isSiteName || words(rest) < MIN_TITLE_WORDS) {
                return current;
            }
            current = rest;
        }
    }

    /** "BBC News", "The Guardian", "nu.nl": capitalised words or a domain name. */
    private static boolean looksLikeName(String suffix) {
        var words = WORD.matcher(suffix).results().map(match -> match.group()).toList();
        return DOMAIN.matcher(suffix).matches()
                || !words.isEmpty() && words.stream().allMatch(word -> !Character.isLowerCase(word.codePointAt(0)));
    }

    private static long words(String text) {
        return WORD.matcher(text).results().count();
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
