package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.annotation.HistoryService;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.user.CurrentUser;
import java.util.Optional;

/**
 * The history panel of the workbench and the review view (key {@code h}): who changed the focused
 * sentence, when, before → after and from where; one click widens it to the whole article. Each
 * opening reads the history afresh, through the indexes of one sentence or one article.
 */
public final class SentenceHistory {

    /** The query parameter that opens an article at a sentence: {@code articles/7?sentence=42}. */
    public static final String SENTENCE_PARAMETER = "sentence";

    private final HistoryService history;
    private final CurrentUser currentUser;

    public SentenceHistory(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    /** Opens the panel on a sentence; {@code number} is its place in the article, from 1. */
    public void open(long articleId, long sentenceId, int number) {
        new Panel(articleId, sentenceId, number).open();
    }

    /** One opening of the panel: the sentence's changes, or the whole article's. */
    private final class Panel extends Dialog {

        private final HistoryList list = new HistoryList();
        private final Button scope = new Button("", click -> toggle());
        private final long articleId;
        private final long sentenceId;
        private final int number;
        private boolean wholeArticle;

        Panel(long articleId, long sentenceId, int number) {
            this.articleId = articleId;
            this.sentenceId = sentenceId;
            this.number = number;
            setId("history-panel");
            addClassName("history-panel");
            setWidth("52em");
            add(list);
            scope.setId("history-scope");
            scope.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var close = new Button("Close", click -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(scope, close);
            show();
        }

        private void toggle() {
            wholeArticle = !wholeArticle;
            show();
        }

        private void show() {
            var actor = currentUser.require();
            try {
                if (wholeArticle) {
                    setHeaderTitle("History of the article");
                    list.show(history.ofArticle(actor, articleId), false);
                    scope.setText("Only sentence " + number);
                } else {
                    setHeaderTitle("History of sentence " + number);
                    list.show(history.ofSentence(actor, sentenceId), false);
                    scope.setText("Whole article");
                }
            } catch (ForbiddenException e) {
                setHeaderTitle("History");
                list.removeAll();
                list.add(e.getMessage());
            }
        }
    }

    /** The sentence a link asks to open the article at, if it names one. */
    public static Optional<Long> requested(QueryParameters query) {
        return query.getSingleParameter(SENTENCE_PARAMETER).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
