package dev.tagbench.project.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import dev.tagbench.project.SafeMarkdown;

/** Markdown written by a manager, shown as sanitised HTML (see {@link SafeMarkdown}); never raw markup. */
public final class MarkdownText extends Div {

    public MarkdownText(String markdown) {
        addClassName("markdown-text");
        setMarkdown(markdown);
    }

    public void setMarkdown(String markdown) {
        removeAll();
        // Vaadin cleans the HTML with the same allow-list once more before it reaches the page.
        add(new Html(SafeMarkdown.toHtml(markdown), SafeMarkdown::safelist));
    }
}
