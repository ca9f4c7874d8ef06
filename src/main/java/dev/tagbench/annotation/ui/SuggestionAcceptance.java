package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.notification.Notification;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.LabelSuggestions;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.Counted;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.user.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A curator accepting suggestions in the workbench: one sentence's (undoable, like any change of
 * labels) or those of every sentence without a decision. The suggestion service writes the labels,
 * recorded with the source {@code SUGGESTION}.
 */
final class SuggestionAcceptance {

    private final @Nullable LabelSuggestions suggestions;
    private final SuggestionFeed feed;
    private final CuratorLabels labels;
    private final AnnotationService annotations;
    private final CurrentUser currentUser;

    SuggestionAcceptance(
            @Nullable LabelSuggestions suggestions,
            SuggestionFeed feed,
            CuratorLabels labels,
            AnnotationService annotations,
            CurrentUser currentUser) {
        this.suggestions = suggestions;
        this.feed = feed;
        this.labels = labels;
        this.annotations = annotations;
        this.currentUser = currentUser;
    }

    void acceptSentence(long sentenceId) {
        var source = shown();
        if (source == null) {
            return;
        }
        if (feed.of(sentenceId).isEmpty()) {
            Notification.show("No suggestions on this sentence.");
            return;
        }
        var actor = currentUser.require();
        var version = labels.of(sentenceId).version();
        labels.change(sentenceId, () -> source.acceptSentence(actor, sentenceId, version));
    }

    /** Accepts on every undecided sentence, then {@code redraw}s; Ctrl+Z does not take this back. */
    void acceptAll(long articleId, Runnable redraw) {
        var source = shown();
        if (source == null) {
            return;
        }
        var actor = currentUser.require();
        try {
            var accepted = source.acceptAll(actor, articleId);
            labels.reload(annotations.labelsOf(actor, articleId));
            redraw.run();
            Notification.show("Accepted the suggestions on " + Counted.of(accepted.accepted(), "sentence")
                    + (accepted.skipped() == 0
                            ? "."
                            : "; " + Counted.of(accepted.skipped(), "sentence") + " decided meanwhile kept theirs."));
        } catch (ForbiddenException | ConflictException e) {
            CuratorLabels.showError("Not saved: " + e.getMessage());
        }
    }

    private @Nullable LabelSuggestions shown() {
        if (suggestions == null || !feed.visible()) {
            Notification.show("Suggestions are not shown to curators in this project.");
            return null;
        }
        return suggestions;
    }
}
