package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.html.Span;
import dev.tagbench.base.Counted;

/** The workbench's "n of m sentences done" ({@code #progress}: scripts and tests read it there). */
final class ProgressCounter extends Span {

    ProgressCounter() {
        addClassName("progress-counter");
        setId("progress");
    }

    void show(long decided, int sentences) {
        setText(decided + " of " + Counted.of(sentences, "sentence") + " done");
    }
}
