package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.article.Article;
import java.time.format.DateTimeFormatter;

/** An article's title, date and source above the workbench, as text. */
final class ArticleHeading extends Div {

    private final H2 title = new H2();
    private final Span meta = new Span();

    ArticleHeading() {
        addClassName("article-heading");
        meta.addClassName("article-meta");
        add(title, meta);
    }

    void show(Article article) {
        title.setText(article.title());
        var date = article.publishedOn() == null
                ? "no date"
                : article.publishedOn().format(DateTimeFormatter.ISO_DATE);
        meta.setText(article.source() == null ? date : date + " · " + article.source());
    }
}
