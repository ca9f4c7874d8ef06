package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.article.Article;
import dev.tagbench.article.RemovedRegion;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/**
 * What the import pipeline kept out of the sentences and why, so a curator can check the cleaners
 * did not drop real content. Shown as text, like everything from an article.
 */
final class RemovedTextPanel extends Details {

    private static final int SHOWN_LENGTH = 300;

    RemovedTextPanel(Article article) {
        addClassName("removed-text");
        var visible = article.removals().stream()
                .filter(region -> !region.kind().equals("INVISIBLE"))
                .toList();
        var invisible = article.removals().stream()
                .filter(region -> region.kind().equals("INVISIBLE"))
                .collect(Collectors.groupingBy(
                        RemovedRegion::reason,
                        LinkedHashMap::new,
                        Collectors.summingInt(region -> region.end() - region.start())));
        setSummaryText("Removed from this article (" + visible.size() + ")");
        var list = new Div();
        list.addClassName("removed-list");
        for (var region : visible) {
            var text = article.text().substring(region.start(), region.end()).strip();
            var quote = new Span(text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text);
            quote.addClassName("removed-quote");
            var why = new Span(region.reason() + " · " + region.source());
            why.addClassName("removed-reason");
            var row = new Div(quote, why);
            row.addClassName("removed-row");
            list.add(row);
        }
        invisible.forEach((reason, count) -> {
            var row = new Div(new Span(count + " × " + reason + " (invisible, left out of the sentence text)"));
            row.addClassNames("removed-row", "removed-invisible");
            list.add(row);
        });
        if (visible.isEmpty() && invisible.isEmpty()) {
            list.add(new Span("Nothing was removed."));
        }
        add(list);
    }
}
