package dev.tagbench.plugins.csv;

import dev.tagbench.ingest.ArticleFields;
import dev.tagbench.ingest.ImportRejectedException;
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

    static Columns of(CSVRecord header) {
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
                throw new ImportRejectedException("the CSV file has two columns named '" + name + "'");
            }
            names.add(name);
        }
        var textIndex = names.indexOf("text");
        if (textIndex < 0) {
            throw new ImportRejectedException("the CSV file has no 'text' column; its columns are: "
                    + String.join(", ", header.stream().map(String::strip).toList()));
        }
        return new Columns(List.copyOf(names), textIndex);
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }
}
