package dev.tagbench.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the named fields of a record-like format (a JSON object, a table row) into an
 * {@link ImportedArticle}, so every such importer reads {@code title}, {@code date}, {@code source}
 * and {@code url} the same way. A value that is present but unusable (an unreadable date, an
 * address that is not a web page) is not lost: it is kept as metadata under its field name.
 */
public final class ArticleFields {

    /** The field names that fill the article's own properties; every other field is metadata. */
    public static final List<String> KNOWN = List.of("title", "date", "source", "url");

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*");

    private final LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
    private @Nullable String title;
    private @Nullable LocalDate date;
    private @Nullable String source;
    private @Nullable String url;

    /**
     * Adds one field. Names are matched exactly (callers normalise them); a blank value of a known
     * field is ignored, and a name seen before keeps its first value.
     */
    public void add(String name, String value) {
        switch (name) {
            case "title" -> title = title == null && !value.isBlank() ? value.strip() : title;
            case "source" -> source = source == null && !value.isBlank() ? value.strip() : source;
            case "date" -> {
                var parsed = parseDate(value);
                if (parsed != null && date == null) {
                    date = parsed;
                } else if (parsed == null && !value.isBlank()) {
                    metadata.putIfAbsent(name, value);
                }
            }
            case "url" -> {
                var address = webAddress(value);
                if (address != null && url == null) {
                    url = address;
                } else if (address == null && !value.isBlank()) {
                    metadata.putIfAbsent(name, value);
                }
            }
            default -> metadata.putIfAbsent(name, value);
        }
    }

    /** The article with the fields added so far. */
    public ImportedArticle toArticle(String text) {
        return new ImportedArticle(text, title, date, source, url, metadata, List.of());
    }

    /**
     * The date of an ISO date ({@code 2024-03-05}) or date-time ({@code 2024-03-05T10:15:00+01:00},
     * also with a space instead of the {@code T}), as written: the date part is taken without
     * converting time zones, because the publisher's own calendar day is the one that was printed.
     *
     * @return the date, or {@code null} when the value is not such a date
     */
    public static @Nullable LocalDate parseDate(String value) {
        var trimmed = value.strip();
        var withT = SPACE_BEFORE_TIME.matcher(trimmed).replaceFirst("$1T");
        for (var format : List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE)) {
            try {
                return LocalDate.from(format.parse(withT));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        // Offsets like "+0100" are not ISO, but the date in front of them is still plain to read.
        var prefix = DATE_PREFIX.matcher(trimmed);
        if (prefix.matches()) {
            try {
                return LocalDate.parse(prefix.group(1));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The value if it is an absolute {@code http} or {@code https} address with a host; anything else
     * ({@code javascript:}, {@code data:}, relative paths, text) could do harm or lead nowhere when
     * shown as a link.
     *
     * @return the trimmed address, or {@code null}
     */
    public static @Nullable String webAddress(String value) {
        var trimmed = value.strip();
        try {
            var uri = new URI(trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            var web = scheme.equals("http") || scheme.equals("https");
            var authority = uri.getRawAuthority();
            return web && authority != null && !authority.isBlank() ? trimmed : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
