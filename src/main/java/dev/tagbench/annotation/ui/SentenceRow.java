package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.article.Sentence;
import dev.tagbench.project.Label;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sentence in the workbench with its label chips. Article text is only ever set as text, never
 * as HTML, so markup in an article shows as the characters it is.
 */
final class SentenceRow extends Div {

    private final Sentence sentence;
    private final Div chips = new Div();

    SentenceRow(Sentence sentence, Consumer<SentenceRow> onClick) {
        this.sentence = sentence;
        addClassName("sentence");
        setId("sentence-" + sentence.index());
        getElement().setAttribute("role", "option");
        getElement().setAttribute("data-sentence-id", String.valueOf(sentence.id()));
        var number = new Span(String.valueOf(sentence.index() + 1));
        number.addClassName("sentence-number");
        var text = new Span(sentence.cleanText());
        text.addClassName("sentence-text");
        chips.addClassName("sentence-chips");
        add(number, text, chips);
        addClickListener(click -> onClick.accept(this));
    }

    Sentence sentence() {
        return sentence;
    }

    void setFocused(boolean focused) {
        setClassName("focused", focused);
        getElement().setAttribute("aria-selected", String.valueOf(focused));
    }

    void show(SentenceLabels decision, List<Label> schema) {
        chips.removeAll();
        setClassName("decided", decision.decided());
        if (decision.decided() && decision.labels().isEmpty()) {
            var none = new Span("no label");
            none.addClassNames("chip", "chip-none");
            chips.add(none);
        }
        for (var label : schema) {
            if (decision.labels().contains(label.key())) {
                var chip = new Span(label.name());
                chip.addClassName("chip");
                chip.getElement().setAttribute("data-label", label.key());
                chip.getStyle().set("--chip-color", label.color());
                chips.add(chip);
            }
        }
    }
}
