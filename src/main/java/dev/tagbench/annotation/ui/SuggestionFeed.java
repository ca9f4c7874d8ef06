package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import dev.tagbench.annotation.LabelSuggestions;
import dev.tagbench.annotation.LabelSuggestions.Suggested;
import dev.tagbench.base.Counted;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;

/**
 * Loads an article's suggestions after the article is on screen, on a worker thread, so suggesters
 * (time-limited by the suggestion service) never hold up opening it or the keys pressed meanwhile.
 * Tagbench does not use server push, so the page polls while suggestions load; the poll stops when
 * they arrive. Shows how it went in a small status text. Used by the workbench and the review view.
 */
public final class SuggestionFeed {

    private static final Logger log = LoggerFactory.getLogger(SuggestionFeed.class);

    private final @Nullable LabelSuggestions suggestions;
    private final TaskExecutor executor;
    private final Span status = new Span();
    private @Nullable CompletableFuture<?> pending;
    private Map<Long, List<Suggested>> shown = Map.of();
    private boolean visible;

    public SuggestionFeed(@Nullable LabelSuggestions suggestions, TaskExecutor executor) {
        this.suggestions = suggestions;
        this.executor = executor;
        status.addClassName("suggestion-status");
        status.setId("suggestion-status");
        status.setVisible(false);
    }

    /** The status text ("Loading suggestions…"), to place in the view. */
    public Span status() {
        return status;
    }

    /** The suggestions of a sentence, highest score first; empty while none are loaded. */
    public List<Suggested> of(long sentenceId) {
        return shown.getOrDefault(sentenceId, List.of());
    }

    /** Whether the actor sees suggestions on the article loaded last. */
    public boolean visible() {
        return visible;
    }

    /**
     * Starts loading the article's suggestions if the actor may see them; {@code then} runs in the
     * UI once they arrive. Anything loading for an earlier article is dropped.
     */
    public void load(AppUser actor, long articleId, Consumer<Map<Long, List<Suggested>>> then) {
        cancel();
        shown = Map.of();
        visible = suggestions != null && suggestions.maySee(actor, articleId);
        status.setVisible(visible);
        if (!visible || suggestions == null) {
            return;
        }
        var ui = UI.getCurrent();
        var source = suggestions;
        status.setText("Loading suggestions…");
        ui.setPollInterval(500);
        var future = CompletableFuture.supplyAsync(() -> source.forArticle(actor, articleId), executor);
        pending = future;
        future.whenComplete((result, error) -> {
            try {
                ui.access(() -> arrived(ui, future, result, error, then));
            } catch (UIDetachedException gone) {
                // The page was closed meanwhile: nobody to show them to.
            }
        });
    }

    private void arrived(
            UI ui,
            CompletableFuture<?> future,
            @Nullable Map<Long, List<Suggested>> result,
            @Nullable Throwable error,
            Consumer<Map<Long, List<Suggested>>> then) {
        if (pending != future) {
            return;
        }
        pending = null;
        ui.setPollInterval(-1);
        if (error != null || result == null) {
            log.warn("Suggestions could not be loaded", error);
            status.setText("Suggestions are not available right now.");
            return;
        }
        shown = Map.copyOf(result);
        status.setText(result.isEmpty() ? "No suggestions" : "Suggestions on " + Counted.of(result.size(), "sentence"));
        then.accept(shown);
    }

    /** Forgets a load in progress (the view left); stops the poll. */
    public void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }
}
