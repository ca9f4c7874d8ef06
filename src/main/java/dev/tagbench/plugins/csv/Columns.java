package dev.tagbench.plugins.csv;

import dev.tagbench.ingest.ArticleFields;
import dev.tagbench.ingest.ImportRejectedException;
import dev.tagbench.ingest.ReportText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row: column names trimmed, the known ones ({@code text}, {@code title}, …) in lower
 * case whatever case the file used, and unnamed columns called "column N" so their cells are kept.
 *
 * @param names     one name per column
 * @param textIndex the position of the {@code text} column
 */
record Columns(List<String> names, int textIndex) {

    /**
     * More columns than this and the file is refused at its header. Every row of a table is held
     * until the whole file has parsed (so a broken quote near the end stores nothing), and a table
     * of articles has a handful of columns; one of a million is a mistake or an attack, and its
     * rows alone would fill the memory.
     */
    static final int MAX_COLUMNS = 1_000;

    static Columns of(CSVRecord header) {
        if (header.size() > MAX_COLUMNS) {
            throw new ImportRejectedException("the CSV file has " + ReportText.count(header.size())
                    + " columns, more than the " + ReportText.count(MAX_COLUMNS) + " a table of articles may have"
                    + " (is it separated by something else?); its columns are: " + ReportText.list(stripped(header)));
        }
        var names = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (var i = 0; i < header.size(); i++) {
            var name = header.get(i).strip();
            var lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("text") || ArticleFields.KNOWN.contains(lower)) {
                name = lower;
            } else if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            // Two columns of one name would silently lose one of them, and for "text" it is unclear which.
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new ImportRejectedException(
                        "the CSV file has two columns named '" + ReportText.quote(name) + "'");
            }
            names.add(name);
        }
        var textIndex = names.indexOf("text");
        if (textIndex < 0) {
            throw new ImportRejectedException(
                    "the CSV file has no 'text' column; its columns are: " + ReportText.list(stripped(header)));
        }
        return new Columns(List.copyOf(names), textIndex);
    }

    private static List<String> stripped(CSVRecord header) {
        return header.stream().map(String::strip).toList();
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }
}
